// The kinds a questionnaire's question can have, without zod: the editor lists them with the
// screen, and the schema (with the library) loads only when a questionnaire is saved.

export const questionKinds = ['single', 'multiple', 'rating', 'text'] as const
export type QuestionKind = typeof questionKinds[number]
