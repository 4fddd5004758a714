// Reads the app's IndexedDB in the page with the browser's own API, to check what a phone
// really stored, independently of the app's code.
import type { Page } from 'playwright-core'

export interface PhoneDatabase {
  progress: Array<Record<string, unknown> & { id: string, unit: string, status: string, note: string }>
  outbox: Array<{ entity: string, op: string, userId: string | null }>
  session: { token: string } | null
}

export function readPhoneDatabase(page: Page): Promise<PhoneDatabase> {
  return page.evaluate(() => new Promise<PhoneDatabase>((resolve, reject) => {
    const open = indexedDB.open('kaifangri')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const tx = open.result.transaction(['progress', 'outbox', 'meta'], 'readonly')
      const progress = tx.objectStore('progress').getAll()
      const outbox = tx.objectStore('outbox').getAll()
      const session = tx.objectStore('meta').get('session')
      tx.oncomplete = () => {
        open.result.close()
        resolve({ progress: progress.result, outbox: outbox.result, session: session.result?.value ?? null })
      }
      tx.onerror = () => reject(tx.error)
    }
  }))
}
