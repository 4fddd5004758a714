import { storeToRefs } from 'pinia'
import { useOverviewStore } from '../stores/overview'

export type { OverviewView, UnitSort, UnitSortKey } from '../stores/overview'

/** From useOverviewStore, which outlives every screen: its state and getters as refs, and its functions. */
export function useOverview() {
  const store = useOverviewStore()
  return { ...storeToRefs(store), start: store.start, retry: store.retry, unitTasks: store.unitTasks, today: store.today, currentYear: store.currentYear }
}
