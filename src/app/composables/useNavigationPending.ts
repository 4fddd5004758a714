import { onScopeDispose, type Ref, shallowRef } from 'vue'
import { type Router, START_LOCATION } from 'vue-router'

/** A screen that opens within this long shows no sign of waiting: a bar that flashes is noise. */
const quietMs = 200

/**
 * Whether a tap's next screen is still on its way (its code loading, its messages, its guards).
 * The router changes the address only once the screen is ready, so on a slow phone a tap can
 * seem to do nothing for a second: `slow` is when the app should say that it heard the tap.
 */
export function useNavigationPending(router: Router): { pending: Readonly<Ref<boolean>>, slow: Readonly<Ref<boolean>> } {
  const pending = shallowRef(false)
  const slow = shallowRef(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  const done = () => {
    clearTimeout(timer)
    pending.value = false
    slow.value = false
  }
  // Leave guards (a half-filled form's question) run before this one: the wait starts once the user has let go.
  const stopBefore = router.beforeEach((_to, from) => {
    // The first screen has its own start; a redirect continues a wait already started.
    if (from === START_LOCATION || pending.value)
      return
    pending.value = true
    timer = setTimeout(() => (slow.value = true), quietMs)
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
  return { pending, slow }
}
