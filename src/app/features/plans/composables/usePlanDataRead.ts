import { combinedRead, type ReadOutcome } from '../../../composables/useLive'
import { usePlanLibrary } from './usePlanLibrary'
import { useProgressStates } from './useProgressStates'

/** The reads 首页, 计划 and a task's page stand on (the plans, my unit's progress), for showing their failure. */
export function usePlanDataRead(): ReadOutcome {
  return combinedRead([usePlanLibrary(), useProgressStates()])
}
