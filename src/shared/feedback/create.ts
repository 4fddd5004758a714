// Quick entry: what the form collected becomes a whole feedback record, validated, with its
// received day and reply deadline worked out, so saving it is one write.
import type { AttendeeType } from '../records/checkin'
import type { PhotoRef } from '../records/evidence'
import type { FeedbackSettingsRecord } from '../records/feedbackSettings'
import { type FeedbackRecord, feedbackRecordSchema } from '../records/feedback'
import { contactPatch } from './contact'
import { shanghaiDate } from '../calendar'
import { replyDueDate } from './deadline'
import { registeredHandling } from './handling'
import { workCalendar } from '../calendar'

export interface FeedbackInput {
  content: string
  topic: string
  respondentType: AttendeeType
  eventId?: string | null
  taskId?: string | null
  rating?: number | null
  photo?: PhotoRef | null
  consent?: boolean
  name?: string | null
  phone?: string | null
  /** Defaults to today in Shanghai; set it when typing in cards collected earlier. */
  receivedOn?: string
}

export interface Recording {
  /** A device UUID (uuidv7). */
  id: string
  unit: string
  by: string
  now: number
  settings: Pick<FeedbackSettingsRecord, 'replyWorkingDays' | 'extraHolidays' | 'extraWorkdays'>
}

export function newFeedbackRecord(input: FeedbackInput, recording: Recording) {
  const receivedOn = input.receivedOn ?? shanghaiDate(recording.now)
  const replyDue = /^\d{4}-\d{2}-\d{2}$/.test(receivedOn)
    ? replyDueDate(receivedOn, recording.settings.replyWorkingDays, workCalendar(recording.settings))
    : receivedOn
  const draft: FeedbackRecord = {
    id: recording.id,
    unit: recording.unit,
    eventId: input.eventId ?? null,
    taskId: input.taskId ?? null,
    content: input.content,
    topic: input.topic,
    respondentType: input.respondentType,
    rating: input.rating ?? null,
    photo: input.photo ?? null,
    ...contactPatch({ consent: input.consent ?? false, name: input.name, phone: input.phone }),
    receivedOn,
    replyDue,
    ...registeredHandling,
    adoption: null,
    createdAt: recording.now,
    createdBy: recording.by,
  }
  return feedbackRecordSchema.safeParse(draft)
}
