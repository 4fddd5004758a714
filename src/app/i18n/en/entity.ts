import type zh from '../zh-CN/entity'
import type { Messages } from '../keys'

export default {
  plan: 'Work plan',
  progress: 'Checklist progress',
  evidence: 'Evidence',
  event: 'Event',
  eventChecklistItem: 'Event checklist item',
  checkin: 'Check-in count',
  eventSession: 'Programme item',
  eventPhoto: 'Event photo',
  eventNote: 'Event note',
  eventTemplate: 'Checklist template',
  feedback: 'Feedback',
  feedbackSettings: 'Feedback settings',
  questionnaire: 'Questionnaire',
  questionnaireResponse: 'Questionnaire response',
  faq: 'FAQ',
} satisfies Messages<typeof zh>
