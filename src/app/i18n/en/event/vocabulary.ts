// The event vocabulary, kept apart as the Chinese keeps it (shared/events/labels.ts): types,
// formats, statuses, attendee types, session kinds and checklist phases.
import type zh from '../../zh-CN/event'
import type { Messages } from '../../keys'
import { eventTypes } from '../shared/vocabulary'

export default {
  types: eventTypes,
  formats: {
    offline: 'In person',
    live_online: 'Live online',
    hybrid: 'In person and online',
  },
  statuses: {
    planned: 'Planned',
    ongoing: 'Under way',
    closed: 'Closed',
    cancelled: 'Cancelled',
  },
  attendees: {
    citizen: 'Citizens',
    business: 'Businesses',
    expert: 'Experts',
    media: 'Media',
    deputy: 'Deputies / CPPCC',
    other: 'Others',
  },
  sessionKinds: {
    visit: 'Visit',
    presentation: 'Presentation',
    symposium: 'Discussion',
    survey: 'Questionnaire',
    other: 'Other',
  },
  phases: {
    before: 'Before',
    day: 'On the day',
    after: 'After',
  },
} satisfies Messages<Pick<typeof zh, 'types' | 'formats' | 'statuses' | 'attendees' | 'sessionKinds' | 'phases'>>
