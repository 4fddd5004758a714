import { storeToRefs } from 'pinia'
import { usePlanYearsStore } from '../stores/planYears'

/** From usePlanYearsStore, which outlives every screen: its state and getters as refs, and its functions. */
export function usePlanYears() {
  const store = usePlanYearsStore()
  return { ...storeToRefs(store), today: store.today, currentYear: store.currentYear, stateOfPlan: store.stateOfPlan, isPlanArchived: store.isPlanArchived, isYearArchived: store.isYearArchived }
}
