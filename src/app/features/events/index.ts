// Open days (活动): list, form, the day itself, report, templates. Public: the task page's list
// of open days that count towards a task's targets.
export { default as EventTaskTargets } from './components/EventTaskTargets.vue'
export { eventWhenText } from './model/eventTime'
