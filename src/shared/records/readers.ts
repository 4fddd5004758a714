// Who reads each synced entity: everyone signed in, the record's organization, or only the
// record's unit (and the units it names, see access.ts). Kept apart from the schemas because the
// device needs it on its first screen, to know what to drop when another user signs in, and
// should not load zod for that.
import type { EntityAccess } from './access'

export const readers = {
  plan: 'everyone',
  progress: 'unit',
  evidence: 'unit',
  event: 'unit',
  eventChecklistItem: 'unit',
  checkin: 'unit',
  eventSession: 'unit',
  eventPhoto: 'unit',
  eventNote: 'unit',
  eventTemplate: 'organization',
  feedback: 'unit',
  feedbackSettings: 'organization',
  questionnaire: 'organization',
  questionnaireResponse: 'unit',
  faq: 'organization',
} as const satisfies Record<string, EntityAccess['read']>
