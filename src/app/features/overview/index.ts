// The coordinators' overview (全区进度). Public: its entry on 首页, a task's history of changes
// for the task page, and the router guard that keeps it for coordinators.
export { default as OverviewEntry } from './components/OverviewEntry.vue'
export { default as OverviewItemHistory } from './components/OverviewItemHistory.vue'
export { coordinatorsOnly } from './coordinatorsOnly'
