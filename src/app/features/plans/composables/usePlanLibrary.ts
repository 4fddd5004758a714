import { storeToRefs } from 'pinia'
import { usePlanLibraryStore } from '../stores/planLibrary'

/** From usePlanLibraryStore, which outlives every screen: its state and getters as refs, and its functions. */
export function usePlanLibrary() {
  const store = usePlanLibraryStore()
  return { ...storeToRefs(store), retry: store.retry }
}
