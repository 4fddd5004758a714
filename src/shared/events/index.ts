// Public surface of the event domain (issue 5). Record schemas live in src/shared/records.
export * from './attendance'
export * from './checklist'
export * from './labels'
export * from './status'
export * from './targets'
export * from './desk'
