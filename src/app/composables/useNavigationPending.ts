import { onScopeDispose, type Ref, shallowRef } from 'vue'
import { type Router, START_LOCATION } from 'vue-router'

/**
 * Whether a tap's next screen is still on its way (its code loading, its messages, its guards).
 * The router changes the address only once the screen is ready, so on a slow phone a tap can
 * seem to do nothing for a second: the app marks itself busy meanwhile, and shows it (App.vue).
 */
export function useNavigationPending(router: Router): Readonly<Ref<boolean>> {
  const pending = shallowRef(false)
  const done = () => {
    pending.value = false
  }
  // Leave guards (a half-filled form's question) run before this one: the wait starts once the user has let go.
  // The first screen has its own start.
  const stopBefore = router.beforeEach((_to, from) => {
    if (from !== START_LOCATION)
      pending.value = true
  })
  // Called for every navigation that ends, aborted ones included; a failed import of a screen's code ends in onError.
  const stopAfter = router.afterEach(done)
  const stopError = router.onError(done)
  onScopeDispose(() => {
    done()
    stopBefore()
    stopAfter()
    stopError()
  })
  return pending
}
