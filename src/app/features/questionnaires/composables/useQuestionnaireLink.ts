import { computed, ref, shallowRef, watch } from 'vue'
import type { PublicLinkCreated } from '../../../../shared/api/eventLinks'
import { errorBodyOf } from '../../../../shared/api/errorBody'
import { apiPaths, pathTo } from '../../../../shared/api/paths'
import { useLive } from '../../../composables/useLive'
import { keepPublicLink, observeKeptPublicLink } from '../../../db/publicLinkStore'
import { translate } from '../../../i18n'
import { useSessionStore } from '../../../stores/session'
import { ApiRequestError, receive } from '../../../sync/api'

/**
 * The event's public questionnaire link. Opening it needs signal and a signed-in host unit or
 * coordinator; once opened it is kept on this device, so the QR code shows (and prints) offline,
 * on the day in a basement, and the same code stays valid on a poster printed beforehand.
 */
export function useQuestionnaireLink(eventId: () => string) {
  const session = useSessionStore()
  const kept = useLive(() => observeKeptPublicLink(eventId()), null as PublicLinkCreated | null)
  // Shown as soon as it is opened, before the copy kept on the device is read back.
  const link = shallowRef<PublicLinkCreated | null>(null)
  watch(kept.data, (next) => {
    link.value = next
  })
  /** The kept link has been read (or found missing). */
  const read = computed(() => !kept.loading.value)
  const creating = ref(false)
  const problem = ref<string | null>(null)

  async function create(): Promise<void> {
    const token = session.session?.token
    problem.value = null
    if (!token) {
      problem.value = translate('questionnaire.link.signInFirst')
      return
    }
    creating.value = true
    try {
      const response = await fetch(pathTo(apiPaths.eventLink, { id: eventId() }), { method: 'POST', headers: { authorization: `Bearer ${token}` }, cache: 'no-store' })
      if (response.ok) {
        // The contract (and zod) loads only here, online: the day's screen shows a kept link without it.
        const { eventLinkEndpoints } = await import('../../../../shared/api/eventLinks')
        const created = await receive(eventLinkEndpoints.openEventLink, response)
        link.value = created
        await keepPublicLink(eventId(), created)
        return
      }
      const error = errorBodyOf(await response.json().catch(() => null))
      problem.value = response.status === 404
        ? translate('questionnaire.link.notSynced')
        : translate('questionnaire.link.failed', { message: error?.message ?? response.statusText })
    }
    catch (error) {
      // An answer that breaks the contract is the server's fault, not the signal's.
      problem.value = error instanceof ApiRequestError
        ? translate('questionnaire.link.failed', { message: error.message })
        : translate('questionnaire.link.needsSignal')
    }
    finally {
      creating.value = false
    }
  }

  /** What to print and encode: the short form where the server gave one (links kept before it have only the long one). */
  const address = computed(() => link.value ? link.value.shortUrl ?? link.value.url : null)

  return { link, address, read, error: kept.error, retry: kept.retry, creating, problem, create }
}
