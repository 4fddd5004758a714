import { onBeforeUnmount, onMounted } from 'vue'
import { whenIdle } from '../utils/whenIdle'

/**
 * Runs `run` in idle time `delayMs` after the component is mounted: work the first screen does not
 * show. Unmounted before then, it does not run (a component test's app, unmounted at its end, would
 * otherwise load that work's code after the test environment is gone).
 */
export function useAfterStart(delayMs: number, run: () => void): void {
  let cancel = () => {}
  onMounted(() => {
    const timer = setTimeout(() => (cancel = whenIdle(run)), delayMs)
    cancel = () => clearTimeout(timer)
  })
  onBeforeUnmount(() => cancel())
}
