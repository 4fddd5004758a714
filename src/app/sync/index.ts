// This app's one sync engine, talking to the server it was served from.
import { createSyncApi } from './api'
import { requestBackgroundSync } from './backgroundSync'
import { createSyncEngine } from './engine'

export const syncApi = createSyncApi()

export const syncEngine = createSyncEngine({
  api: syncApi,
  requestBackgroundSync: () => void requestBackgroundSync(),
})

/**
 * For stores and repositories that change data outside transactWithOutbox (which already
 * tells the engine): sends queued changes a couple of seconds later.
 */
export function notifyLocalWrite(): void {
  syncEngine.notifyLocalWrite()
}

export { ApiRequestError, NetworkError } from './api'
export { onSyncRequestedByWorker } from './backgroundSync'
export { buildUnsentExport, shareOrDownload, unsentExportFile } from './exportUnsent'
// Read only for the export, so it comes with the engine rather than with the first screen's status bar.
export { readUnsentRecords } from '../db/syncRepository'
// Signing out's reads and clearing, for the same reason: they are needed only on the way out.
export { countUnsentOf, forgetUserData } from '../db/signOutRepository'
