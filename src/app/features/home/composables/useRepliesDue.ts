import { storeToRefs } from 'pinia'
import { useRepliesDueStore } from '../stores/repliesDue'

/** From useRepliesDueStore, which outlives every screen: its state and getters as refs, and its functions. */
export function useRepliesDue() {
  const store = useRepliesDueStore()
  return { ...storeToRefs(store), retry: store.retry }
}
