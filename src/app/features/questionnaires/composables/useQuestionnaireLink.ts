import type { ApiError } from '../../../../shared/sync/protocol'
import type { PublicLinkCreated } from '../../../../shared/sync/publicQuestionnaire'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { keepPublicLink, observeKeptPublicLink } from '../../../db/publicLinkStore'
import { translate } from '../../../i18n'
import { useSessionStore } from '../../../stores/session'

/** Mirrors publicApiPaths.eventLink in shared/sync/publicQuestionnaire.ts, which would load zod here. */
const linkPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/public-link`

/**
 * The event's public questionnaire link. Opening it needs signal and a signed-in host unit or
 * coordinator; once opened it is kept on this device, so the QR code shows (and prints) offline,
 * on the day in a basement, and the same code stays valid on a poster printed beforehand.
 */
export function useQuestionnaireLink(eventId: () => string) {
  const session = useSessionStore()
  const link = shallowRef<PublicLinkCreated | null>(null)
  /** The kept link has been read (or found missing). */
  const read = ref(false)
  const creating = ref(false)
  const problem = ref<string | null>(null)

  let stop: (() => void) | null = null
  watch(eventId, (id) => {
    stop?.()
    read.value = false
    stop = observeKeptPublicLink(id, (kept) => {
      link.value = kept
      read.value = true
    }, () => {
      read.value = true
    })
  }, { immediate: true })
  onScopeDispose(() => stop?.())

  async function create(): Promise<void> {
    const token = session.session?.token
    problem.value = null
    if (!token) {
      problem.value = translate('questionnaire.link.signInFirst')
      return
    }
    creating.value = true
    try {
      const response = await fetch(linkPath(eventId()), { method: 'POST', headers: { authorization: `Bearer ${token}` }, cache: 'no-store' })
      if (response.ok) {
        const created = await response.json() as PublicLinkCreated
        link.value = created
        await keepPublicLink(eventId(), created)
        return
      }
      const body = await response.json().catch(() => null) as ApiError | null
      problem.value = response.status === 404
        ? translate('questionnaire.link.notSynced')
        : translate('questionnaire.link.failed', { message: body?.error.message ?? response.statusText })
    }
    catch {
      problem.value = translate('questionnaire.link.needsSignal')
    }
    finally {
      creating.value = false
    }
  }

  /** What to print and encode: the short form where the server gave one (links kept before it have only the long one). */
  const address = computed(() => link.value ? link.value.shortUrl ?? link.value.url : null)

  return { link, address, read, creating, problem, create }
}
