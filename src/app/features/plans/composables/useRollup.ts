import { storeToRefs } from 'pinia'
import { useRollupStore } from '../stores/rollup'

/** From useRollupStore, which outlives every screen: its state and getters as refs, and its functions. */
export function useRollup() {
  const store = useRollupStore()
  return { ...storeToRefs(store) }
}
