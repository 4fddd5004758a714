import { storeToRefs } from 'pinia'
import { useProgressStatesStore } from '../stores/progressStates'

/** From useProgressStatesStore, which outlives every screen: its state and getters as refs, and its functions. */
export function useProgressStates() {
  const store = useProgressStatesStore()
  return { ...storeToRefs(store), retry: store.retry }
}
