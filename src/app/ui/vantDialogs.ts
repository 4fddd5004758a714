// Vant's dialog functions and their styles, as one file that loads when a screen first asks
// something (see dialogs.ts): most visits to a screen never show a dialog.
import 'vant/es/dialog/style'

export { showConfirmDialog, showDialog } from 'vant'
