import { ref, shallowRef } from 'vue'
import { apiPaths, pathTo } from '../../../../shared/api/paths'
import type { publicFaqEndpoints, PublicFaqView } from '../../../../shared/api/publicFaq'
import { answerOf } from '../../../sync/api'

export type PublicFaqState = 'loading' | 'ready' | 'notFound' | 'offline' | 'failed'

/** The public FAQ of one organization, fetched straight from the server: no staff data, no IndexedDB. */
export function usePublicFaq(unit: string, fetchJson: typeof fetch = (...args) => globalThis.fetch(...args)) {
  const state = ref<PublicFaqState>('loading')
  const view = shallowRef<PublicFaqView | null>(null)

  async function load(): Promise<void> {
    state.value = 'loading'
    try {
      const response = await fetchJson(pathTo(apiPaths.publicFaq, { unit }))
      if (!response.ok) {
        // No such organization: a mistyped or made-up link, which trying again will not mend.
        state.value = response.status === 404 ? 'notFound' : 'failed'
        return
      }
      // A visitor's page: typed by the contract, not checked with its schemas (see useQuestionnairePublic).
      view.value = await answerOf<typeof publicFaqEndpoints.publicFaq>(response)
      state.value = 'ready'
    }
    catch {
      state.value = 'offline'
    }
  }

  return { state, view, load }
}
