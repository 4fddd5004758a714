// Component and repository tests run in happy-dom with an in-memory IndexedDB.
import 'fake-indexeddb/auto'
import { loadLaterMessages } from '../../src/app/i18n'

// Screens mounted directly, without the router that fetches later screens' Chinese messages first.
await loadLaterMessages()
