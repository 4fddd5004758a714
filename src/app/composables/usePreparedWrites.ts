import { onMounted } from 'vue'
import { prepareRecordWrites } from '../db/recordWrites'
import { whenIdle } from '../utils/whenIdle'

/**
 * For a screen that records (quick feedback entry, the event's day, the kiosk…): once it is painted,
 * the checks of every write are fetched while there is signal, so its first save works offline.
 */
export function usePreparedWrites(): void {
  onMounted(() => whenIdle(prepareRecordWrites, 2000))
}
