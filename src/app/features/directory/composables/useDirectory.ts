import { storeToRefs } from 'pinia'
import { useDirectoryStore } from '../stores/directory'

/** From useDirectoryStore, which outlives every screen: its state and getters as refs, and its functions. */
export function useDirectory() {
  const store = useDirectoryStore()
  return { ...storeToRefs(store), retry: store.retry, displayName: store.displayName }
}
