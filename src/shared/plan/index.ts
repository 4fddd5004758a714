// Public surface of the plan library. parsePlan is provided by parse.ts (issue 2).
export * from './identity'
export * from './types'
