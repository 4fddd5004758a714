import { onMounted } from 'vue'
import { prepareRecordWrites } from '../db/recordWrites'
import { whenIdle } from '../utils/whenIdle'

/**
 * For a screen that records (quick feedback entry, the event's day, the kiosk…): once it is painted,
 * the checks of every write are fetched while there is signal, so its first save works offline.
 * `checks` are the screen's own that load on first use (a form's, before it writes), fetched with them.
 */
export function usePreparedWrites(...checks: Array<() => Promise<unknown>>): void {
  onMounted(() => whenIdle(() => {
    prepareRecordWrites()
    for (const load of checks) {
      load().catch(() => {
        // Tried again by the save itself.
      })
    }
  }, 2000))
}
