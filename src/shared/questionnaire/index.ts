// Public surface of the questionnaire domain (issue 5). Record schemas live in src/shared/records.
export * from './aggregate'
export * from './answers'
export * from './standard'
