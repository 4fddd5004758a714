// 首页: my unit's day (events, replies due) and year (overdue, due soon). The router imports its
// page statically, as the first screen; the app shell takes the replies due for the 意见 tab's badge.
export { useRepliesDue } from './composables/useRepliesDue'
