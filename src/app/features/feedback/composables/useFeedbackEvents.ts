import { storeToRefs } from 'pinia'
import { useFeedbackEventsStore } from '../stores/feedbackEvents'

/** From useFeedbackEventsStore, which outlives every screen: its state and getters as refs, and its functions. */
export function useFeedbackEvents() {
  const store = useFeedbackEventsStore()
  return { ...storeToRefs(store), retry: store.retry }
}
