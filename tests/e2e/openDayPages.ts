// Steps of the feedback end-to-end tests: what a phone stored, answering the standard
// questionnaire as a visitor would, signing in, and what the server hands a user in a pull.
import type { Page } from 'playwright-core'

export interface StoredCounts {
  feedback: number
  photos: number
  responses: number
  checkins: number
  /** Changes not yet acknowledged (refused ones aside). */
  outbox: number
}

/** Counts read with the browser's own IndexedDB API, independently of the app's code. */
export function countStored(page: Page): Promise<StoredCounts> {
  return page.evaluate(() => new Promise<StoredCounts>((resolve, reject) => {
    const open = indexedDB.open('kaifangri')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const tx = open.result.transaction(['feedback', 'photos', 'questionnaireResponses', 'checkins', 'outbox'], 'readonly')
      const counts = ['feedback', 'photos', 'questionnaireResponses', 'checkins'].map(name => tx.objectStore(name).count())
      const outbox = tx.objectStore('outbox').getAll()
      tx.oncomplete = () => {
        open.result.close()
        const [feedback, photos, responses, checkins] = counts.map(request => request.result)
        resolve({ feedback, photos, responses, checkins, outbox: outbox.result.filter(row => !row.rejected).length })
      }
      tx.onerror = () => reject(tx.error)
    }
  }))
}

/** The required questions of the standard questionnaire, answered a little differently by each visitor. */
export async function fillStandardQuestionnaire(page: Page, visitor: number): Promise<void> {
  const question = (id: string) => page.locator(`[data-question="${id}"]`)
  await question('identity').getByLabel(['市民', '企业代表', '专家学者'][visitor % 3], { exact: true }).check()
  await question('overall').locator('.rating__point', { hasText: new RegExp(`^${2 + visitor}$`) }).click()
  await question('organisation').locator('.rating__point', { hasText: /^4$/ }).click()
  await question('understanding').getByLabel('明显加深', { exact: true }).check()
  await question('again').getByLabel('愿意', { exact: true }).check()
  if (visitor === 1)
    await question('suggestions').locator('textarea').fill('希望多开放几次')
}

export { signIn } from '../helpers/e2ePhones'

/** Every record of one entity that a user's pull brings, by id: what their phone may hold. */
export async function pullRecords(baseUrl: string, token: string, entity: string): Promise<Map<string, Record<string, unknown>>> {
  const records = new Map<string, Record<string, unknown>>()
  let cursor = '0'
  for (let more = true; more;) {
    const response = await fetch(`${baseUrl}/api/sync/pull?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } })
    if (!response.ok)
      throw new Error(`pull failed: ${response.status}`)
    const page = await response.json() as { changes: Array<{ entity: string, id: string, deleted: boolean, data: Record<string, unknown> | null }>, cursor: string, more: boolean }
    for (const change of page.changes.filter(c => c.entity === entity)) {
      if (change.deleted || !change.data)
        records.delete(change.id)
      else
        records.set(change.id, change.data)
    }
    cursor = page.cursor
    more = page.more
  }
  return records
}
