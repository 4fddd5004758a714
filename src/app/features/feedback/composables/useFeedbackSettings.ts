import { storeToRefs } from 'pinia'
import { useFeedbackSettingsStore } from '../stores/feedbackSettings'

/** From useFeedbackSettingsStore, which outlives every screen: its state and getters as refs, and its functions. */
export function useFeedbackSettings() {
  const store = useFeedbackSettingsStore()
  return { ...storeToRefs(store), retry: store.retry }
}
