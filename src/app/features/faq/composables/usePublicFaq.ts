import type { PublicFaqView } from '../../../../shared/faq/publicFaq'
import { ref, shallowRef } from 'vue'

export type PublicFaqState = 'loading' | 'ready' | 'offline' | 'failed'

/** The public FAQ of one organization, fetched straight from the server: no staff data, no IndexedDB. */
export function usePublicFaq(unit: string, fetchJson: typeof fetch = (...args) => globalThis.fetch(...args)) {
  const state = ref<PublicFaqState>('loading')
  const view = shallowRef<PublicFaqView | null>(null)

  async function load(): Promise<void> {
    state.value = 'loading'
    try {
      const response = await fetchJson(`/api/public/faq/${encodeURIComponent(unit)}`)
      if (!response.ok) {
        state.value = 'failed'
        return
      }
      view.value = await response.json() as PublicFaqView
      state.value = 'ready'
    }
    catch {
      state.value = 'offline'
    }
  }

  return { state, view, load }
}
