import { onBeforeUnmount, useId, watch } from 'vue'
import { onBeforeRouteLeave, type RouteLocationNormalized, useRouter } from 'vue-router'
import { translate } from '../i18n'
import { useFormsStore } from '../stores/forms'
import { askToConfirm, usePreloadedDialogs } from '../ui/dialogs'

/** One question at a time for the whole app: a second back press must not open another, or answer it. */
let asking = false
/** After "discard", every form on the screen lets the one navigation through, not only the one that asked. */
let discardedUntil = 0

/** The browser already moved in its history (back/forward gesture) when the router asks about leaving. */
function cameFromHistory(to: RouteLocationNormalized): boolean {
  const state = globalThis.history?.state as { current?: string } | null | undefined
  return state?.current === to.fullPath
}

/**
 * Registers a form whose unsaved typing must survive: it holds back app updates, asks before
 * leaving the screen, and asks the browser to warn before the tab closes.
 *
 * Leaving is refused at once and asked about on the side: a back press while the question is
 * open is refused again (the router puts the address back) instead of dismissing the question and
 * leaving. Only "discard" leaves, going the way the person asked (back, or to the tapped screen).
 */
export function useDirtyForm(isDirty: () => boolean): void {
  const forms = useFormsStore()
  const router = useRouter()
  const formId = useId()
  usePreloadedDialogs()

  watch(isDirty, dirty => forms.setDirty(formId, dirty), { immediate: true })

  const warnBeforeUnload = (event: BeforeUnloadEvent) => {
    if (isDirty() && Date.now() > discardedUntil)
      event.preventDefault()
  }
  globalThis.addEventListener?.('beforeunload', warnBeforeUnload)

  async function askThenLeave(to: RouteLocationNormalized, back: boolean): Promise<void> {
    asking = true
    const discard = await askToConfirm({
      title: translate('common.unsavedTitle'),
      message: translate('common.unsavedMessage'),
      confirmButtonText: translate('common.discard'),
      cancelButtonText: translate('common.keepEditing'),
      closeOnPopstate: false,
    })
    asking = false
    if (!discard)
      return
    discardedUntil = Date.now() + 1_000
    const stop = router.afterEach(() => {
      discardedUntil = 0
      stop()
    })
    if (back)
      router.back()
    else
      await router.push(to.fullPath)
  }

  onBeforeRouteLeave((to) => {
    if (Date.now() < discardedUntil || !isDirty())
      return true
    if (!asking)
      void askThenLeave(to, cameFromHistory(to))
    return false
  })

  onBeforeUnmount(() => {
    forms.setDirty(formId, false)
    globalThis.removeEventListener?.('beforeunload', warnBeforeUnload)
  })
}
