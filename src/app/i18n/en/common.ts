import type zh from '../zh-CN/common'
import type { Messages } from '../keys'

export default {
  back: 'Back',
  loading: 'Loading…',
  save: 'Save',
  cancel: 'Cancel',
  confirm: 'OK',
  close: 'Close',
  retry: 'Retry',
  readFailed: 'Could not read this phone’s data; nothing stored was lost. Please retry, or reopen the app if it keeps failing.',
  later: 'Later',
  unsavedTitle: 'Unsaved changes',
  unsavedMessage: 'If you leave, what you are typing will be lost.',
  discard: 'Discard and leave',
  keepEditing: 'Keep editing',
  quotaExceeded: 'The phone\'s storage is full, so this was not saved; everything recorded before is intact. Free some space (unused photos or apps) and try again.',
  saveFailed: 'Could not save: {reason}. Nothing was saved; please try again.',
  noDate: 'No date',
  photoFromAlbum: 'From album',
  photosFromAlbum: 'From album (several)',
  photoProcessing: 'Processing…',
  photoProgress: 'Processing {n} of {total}…',
} satisfies Messages<typeof zh>
