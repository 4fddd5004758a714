import { storeToRefs } from 'pinia'
import { useTaskSearchStore } from '../stores/taskSearch'

/** From useTaskSearchStore, which outlives every screen: its state and getters as refs, and its functions. */
export function useTaskSearch() {
  const store = useTaskSearchStore()
  return { ...storeToRefs(store), search: store.search }
}
