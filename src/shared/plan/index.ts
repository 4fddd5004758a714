// Public surface of the plan library.
export * from './decode'
export * from './docx'
export * from './errors'
export * from './identity'
export { parsePlan } from './parse'
export * from './record'
export * from './types'
