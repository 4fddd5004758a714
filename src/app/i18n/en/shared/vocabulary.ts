// English for the vocabulary several namespaces show, as the Chinese takes it from one place
// (shared/events/labels.ts, shared/feedback/labels.ts): one wording of a status or a type everywhere.

export const eventTypes = {
  open_day: 'Government open day',
  symposium: 'Symposium',
  survey: 'Survey',
  public_attendance: 'Public at a decision meeting',
  policy_briefing: 'Policy briefing',
  other: 'Other',
} as const

export const feedbackStatuses = {
  registered: 'Registered',
  referred: 'Referred',
  replied: 'Replied',
  published: 'Published',
  withheld: 'Not published',
} as const
