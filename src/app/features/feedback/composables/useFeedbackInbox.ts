import { storeToRefs } from 'pinia'
import { useFeedbackInboxStore } from '../stores/feedbackInbox'

/** From useFeedbackInboxStore, which outlives every screen: its state and getters as refs, and its functions. */
export function useFeedbackInbox() {
  const store = useFeedbackInboxStore()
  return { ...storeToRefs(store), retry: store.retry }
}
