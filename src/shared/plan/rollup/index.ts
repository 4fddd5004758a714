// The one roll-up: every count 首页, 计划, 总览 and the exports show (done/total/percent, overdue,
// due soon; per task, chapter, plan, year and unit) comes from here, so the screens always agree.
export * from './alarms'
export * from './archive'
export * from './progress'
export * from './types'
export * from './units'
