import { computed, onScopeDispose, ref, watch } from 'vue'
import { useLive } from '../../../composables/useLive'
import { hasPendingChanges } from '../../../db/outbox'
import { observeWantedPublicLink, wantPublicLink } from '../../../db/publicLinkStore'
import { useSyncStore } from '../../sync'
import { useQuestionnaireLink } from './useQuestionnaireLink'

/**
 * Makes a link the event form asked for once it can be made: the server must hold the event (no
 * change of it waits in this device's outbox) and there must be signal. Until then it only waits —
 * a form saved in a basement is never an error — and it is kept, so it happens on a later visit.
 */
export function useWantedPublicLink(eventId: () => string) {
  const sync = useSyncStore()
  const { link, read, creating, problem, create } = useQuestionnaireLink(eventId)
  // A failed read only means nothing is made on its own: the button beside it still makes the link.
  const wanted = useLive(() => observeWantedPublicLink(eventId()), false).data
  const online = ref(globalThis.navigator?.onLine ?? true)

  const setOnline = () => (online.value = true)
  const setOffline = () => (online.value = false)
  globalThis.addEventListener?.('online', setOnline)
  globalThis.addEventListener?.('offline', setOffline)
  onScopeDispose(() => {
    globalThis.removeEventListener?.('online', setOnline)
    globalThis.removeEventListener?.('offline', setOffline)
  })

  // Each change of what it waits for allows one attempt, so a refusal is shown, not retried in a loop.
  // The outbox is asked, not the sync bar's count: that count is read after the form's write and is
  // still 0 when the event screen opens, which sent the request before the event and showed a refusal.
  watch([wanted, read, link, online, () => sync.pending], async () => {
    if (!wanted.value || !read.value)
      return
    if (link.value) {
      await wantPublicLink(eventId(), false)
      return
    }
    if (!online.value || creating.value || await hasPendingChanges('event', eventId()))
      return
    // Another change may have started it while the outbox was read.
    if (!creating.value)
      await create()
  }, { immediate: true })

  /** What the event screen says while a wanted link is not made yet. */
  const waiting = computed(() => wanted.value && read.value && !link.value)
  return { waiting, online, creating, problem }
}
