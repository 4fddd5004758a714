import { storeToRefs } from 'pinia'
import { useQuestionnairesStore } from '../stores/questionnaires'

/** From useQuestionnairesStore, which outlives every screen: its state and getters as refs, and its functions. */
export function useQuestionnaires() {
  const store = useQuestionnairesStore()
  return { ...storeToRefs(store), retry: store.retry }
}
