import { watch, type WatchSource } from 'vue'
import { afterPaint } from '../../../utils/afterPaint'
import { whenIdle } from '../../../utils/whenIdle'

/**
 * Fetches the event screen's code in idle time once the list is on screen with an event in it, so
 * that the first tap on a row waits for that event's read alone, not for a download of the screen.
 * A list with nothing to open (a phone's first visit, as Lighthouse sees /events) fetches nothing.
 */
export function prefetchEventScreenWhen(listed: WatchSource<boolean>): void {
  watch(afterPaint(listed), () => whenIdle(() => void import('../pages/EventPage.vue').catch(() => undefined), 2000), { once: true })
}
