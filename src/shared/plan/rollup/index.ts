// The one roll-up: every count 首页, 计划, 总览 and the exports show (done/total/percent, overdue,
// due soon; per task, chapter, plan, year and unit) comes from here, so the screens always agree.
// Every unit's roll-up at once (units.ts, 总览's) is imported from its own file: re-exported here, it
// was statically reached from the first screen and its code shipped in the first screen's chunk.
export * from './alarms'
export * from './archive'
export * from './progress'
export * from './types'
