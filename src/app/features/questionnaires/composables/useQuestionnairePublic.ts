// The public questionnaire on a visitor's own phone: no sign-in, none of the app's data, only
// the link's questionnaire from the server and one response per device.
import type { Answer } from '../../../../shared/records/questionnaireResponse'
import type { ApiError } from '../../../../shared/sync/protocol'
import type { PublicQuestionnaireView, PublicResponseReceipt } from '../../../../shared/sync/publicQuestionnaire'
import { ref, shallowRef } from 'vue'

/** Mirrors publicApiPaths in shared/sync/publicQuestionnaire.ts, whose schemas the visitor's page does not need. */
const paths = {
  view: (token: string) => `/api/public/q/${token}`,
  responses: (token: string) => `/api/public/q/${token}/responses`,
}

/** Whole-screen states; a failed submit of a form that stays open is `problem` instead. */
export type PublicPageState = 'loading' | 'ready' | 'thanks' | 'answered' | 'closed' | 'notFound' | 'offline' | 'rateLimited' | 'failed'
export type SubmitProblem = 'offline' | 'rateLimited' | 'rejected' | 'failed'

const keyName = 'kaifangri.respondent'

/** A random key this browser keeps, so the server can take one response per device. */
export function respondentKey(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): string {
  const known = storage?.getItem(keyName)
  if (known && /^[\w-]{16,100}$/.test(known))
    return known
  const bytes = crypto.getRandomValues(new Uint8Array(24))
  const key = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  try {
    storage?.setItem(keyName, key)
  }
  catch {
    // Private browsing may refuse storage: the server's cookie still recognises the device.
  }
  return key
}

function stateOfRefusal(status: number, code: string | undefined): PublicPageState {
  if (status === 404)
    return 'notFound'
  if (status === 410)
    return 'closed'
  if (status === 409 && code === 'already_answered')
    return 'answered'
  return status === 429 ? 'rateLimited' : 'failed'
}

export function useQuestionnairePublic(token: string, fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)) {
  const state = ref<PublicPageState>('loading')
  const view = shallowRef<PublicQuestionnaireView | null>(null)
  const thanks = ref('')
  const submitting = ref(false)
  const problem = ref<SubmitProblem | null>(null)
  /** The server's own words when it refused the answers (e.g. a question it needs). */
  const detail = ref('')
  const device = respondentKey()

  async function request(path: string, init?: RequestInit): Promise<Response | null> {
    try {
      return await fetchImpl(path, { ...init, cache: 'no-store', credentials: 'same-origin' })
    }
    catch {
      return null
    }
  }

  async function load(): Promise<void> {
    state.value = 'loading'
    const response = await request(`${paths.view(token)}?device=${encodeURIComponent(device)}`)
    if (!response) {
      state.value = 'offline'
      return
    }
    if (!response.ok) {
      const body = await response.json().catch(() => null) as ApiError | null
      state.value = stateOfRefusal(response.status, body?.error.code)
      return
    }
    view.value = await response.json() as PublicQuestionnaireView
    state.value = view.value.alreadyAnswered ? 'answered' : 'ready'
  }

  async function submit(answers: Answer[]): Promise<void> {
    if (submitting.value)
      return
    submitting.value = true
    problem.value = null
    try {
      const response = await request(paths.responses(token), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ deviceId: device, answers }),
      })
      if (!response) {
        problem.value = 'offline'
        return
      }
      if (response.ok) {
        thanks.value = (await response.json() as PublicResponseReceipt).thanks
        state.value = 'thanks'
        return
      }
      const body = await response.json().catch(() => null) as ApiError | null
      const refusal = stateOfRefusal(response.status, body?.error.code)
      if (refusal === 'answered' || refusal === 'closed' || refusal === 'notFound')
        state.value = refusal
      else if (response.status === 400)
        [problem.value, detail.value] = ['rejected', body?.error.message ?? '']
      else
        problem.value = refusal === 'rateLimited' ? 'rateLimited' : 'failed'
    }
    finally {
      submitting.value = false
    }
  }

  return { state, view, thanks, submitting, problem, detail, load, submit }
}
