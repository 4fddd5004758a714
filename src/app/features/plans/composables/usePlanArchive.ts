import { setPlanReopened } from '../../../db/planArchiveRepository'
import { useSafeWrite } from '../../../composables/useSafeWrite'

/** A coordinator's reopening of an archived year's plan, and closing it again. */
export function usePlanArchive() {
  const { run, saving } = useSafeWrite()
  const reopen = (planId: string) => run(() => setPlanReopened(planId, true))
  const close = (planId: string) => run(() => setPlanReopened(planId, false))
  return { reopen, close, saving }
}
