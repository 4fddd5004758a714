// Plans (计划) and their tasks on this device: the library, the progress roll-up for my unit,
// which units a task covers, search. Most screens read the plans through here.
export { default as TaskListRow } from './components/TaskListRow.vue'
export { usePlanLibrary } from './composables/usePlanLibrary'
export { useProgressStates } from './composables/useProgressStates'
export { useRollup } from './composables/useRollup'
export { useTaskContext } from './composables/useTaskContext'
export { useTaskSearch } from './composables/useTaskSearch'
export { useCoverage } from './composables/useCoverage'
export { useUnitChoices } from './composables/useUnitChoices'
export { usePlanArchive } from './composables/usePlanArchive'
export { usePlanYears } from './composables/usePlanYears'
export { type Aggregate, chapterKey, statesOf, subjectScore, type SubjectState, taskProgress, type TaskProgress } from '../../../shared/plan/rollup'
export { coverageByPlan, type IssuerOf, taskNamesUnit, unitChoicesOf, unitCoverageIndex } from './model/unitCoverage'
