import type { ApiError } from '../../../../shared/sync/protocol'
import type { PublicLinkCreated } from '../../../../shared/sync/publicQuestionnaire'
import { ref, shallowRef } from 'vue'
import { translate } from '../../../i18n'
import { useSessionStore } from '../../../stores/session'

/** Mirrors publicApiPaths.eventLink in shared/sync/publicQuestionnaire.ts. */
const linkPath = (eventId: string) => `/api/events/${encodeURIComponent(eventId)}/public-link`

/**
 * The event's public questionnaire link, opened on the server (it needs signal and a signed-in
 * host unit or coordinator) and shown as a QR code for visitors' own phones.
 */
export function useQuestionnaireLink(eventId: () => string) {
  const session = useSessionStore()
  const link = shallowRef<PublicLinkCreated | null>(null)
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
      const response = await fetch(linkPath(eventId()), { method: 'POST', headers: { authorization: `Bearer ${token}` }, cache: 'no-store' })
      if (response.ok) {
        link.value = await response.json() as PublicLinkCreated
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

  return { link, creating, problem, create }
}
