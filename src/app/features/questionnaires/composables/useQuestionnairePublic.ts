// The public questionnaire on a visitor's own phone: no sign-in, none of the app's data, only
// the link's questionnaire from the server and one response per device.
import type { Answer } from '../../../../shared/records/questionnaireResponse'
import type { publicQuestionnaireEndpoints, PublicQuestionnaireView } from '../../../../shared/api/publicQuestionnaire'
import { ref, shallowRef } from 'vue'
import { errorBodyOf } from '../../../../shared/api/errorBody'
import { apiPaths, pathTo } from '../../../../shared/api/paths'
import { answerOf } from '../../../sync/api'

// A visitor's page on their own phone stays light: it takes the contract's paths and types but
// not its schemas (zod); tests/server/contract.test.ts holds the server to them.
const paths = {
  view: (token: string) => pathTo(apiPaths.publicQuestionnaire, { token }),
  responses: (token: string) => pathTo(apiPaths.publicResponses, { token }),
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
      const error = errorBodyOf(await response.json().catch(() => null))
      state.value = stateOfRefusal(response.status, error?.code)
      return
    }
    view.value = await answerOf<typeof publicQuestionnaireEndpoints.publicQuestionnaire>(response)
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
        thanks.value = (await answerOf<typeof publicQuestionnaireEndpoints.publicResponse>(response)).thanks
        state.value = 'thanks'
        return
      }
      const error = errorBodyOf(await response.json().catch(() => null))
      const refusal = stateOfRefusal(response.status, error?.code)
      if (refusal === 'answered' || refusal === 'closed' || refusal === 'notFound')
        state.value = refusal
      else if (response.status === 400)
        [problem.value, detail.value] = ['rejected', error?.message ?? '']
      else
        problem.value = refusal === 'rateLimited' ? 'rateLimited' : 'failed'
    }
    finally {
      submitting.value = false
    }
  }

  return { state, view, thanks, submitting, problem, detail, load, submit }
}
