// Test setup: screens mounted directly, without the router that fetches later screens' Chinese
// messages first, still find every message.
import { loadLaterMessages } from '../../../src/app/i18n'

await loadLaterMessages()
