// The registry of synced entities: what a full record and a patch of each must look like.
// Server and device validate against the same schemas.
import type { z } from 'zod'
import type { EntityAccess } from './access'
import { evidencePatchSchema, evidenceRecordSchema } from './evidence'
import { planIdOfRecord, planPatchSchema, planRecordSchema } from './plan'
import { progressDefaults, progressIdOfRecord, progressPatchSchema, progressRecordSchema } from './progress'
import { checkinRecordSchema } from './checkin'
import { eventPatchSchema, eventRecordSchema } from './event'
import { eventChecklistItemPatchSchema, eventChecklistItemRecordSchema } from './eventChecklist'
import { eventNotePatchSchema, eventNoteRecordSchema } from './eventNote'
import { eventPhotoPatchSchema, eventPhotoRecordSchema } from './eventPhoto'
import { eventSessionPatchSchema, eventSessionRecordSchema } from './eventSession'
import { eventTemplatePatchSchema, eventTemplateRecordSchema } from './eventTemplate'
import { faqPatchSchema, faqRecordSchema } from './faq'
import { feedbackPatchSchema, feedbackRecordSchema, handlingFields } from './feedback'
import { feedbackSettingsDefaults, feedbackSettingsPatchSchema, feedbackSettingsRecordSchema } from './feedbackSettings'
import { questionnairePatchSchema, questionnaireRecordSchema } from './questionnaire'
import { questionnaireResponseRecordSchema } from './questionnaireResponse'
import { readers } from './readers'
import { safeText } from './fieldRules'

export interface EntityDefinition {
  record: z.ZodType<Record<string, unknown>>
  /** What a patch may carry, or null when the entity is only ever put whole. */
  patch: z.ZodType<Record<string, unknown>> | null
  /** Filled in under the first patch that creates a record; the result must pass `record`. */
  defaults: Record<string, unknown>
  /** Who reads and writes; without it, read by the record's unit and written by coordinators. */
  access?: EntityAccess
  /** For records whose id follows from their content: the id a valid record must have. */
  idOf?: (record: Record<string, unknown>) => string
}

/** Records of an open day hang on their event and carry its unit. */
const ofEvent = { entity: 'event', field: 'eventId' }

export const entities = {
  plan: { record: planRecordSchema, patch: planPatchSchema, defaults: {}, access: { read: readers.plan, write: 'coordinators' }, idOf: planIdOfRecord },
  progress: { record: progressRecordSchema, patch: progressPatchSchema, defaults: progressDefaults, access: { read: readers.progress, write: 'unit', taskField: 'taskId' }, idOf: progressIdOfRecord },
  evidence: { record: evidenceRecordSchema, patch: evidencePatchSchema, defaults: {}, access: { read: readers.evidence, write: 'unit', taskField: 'taskId' } },
  // Open-day events and public feedback (issue 5).
  event: { record: eventRecordSchema, patch: eventPatchSchema, defaults: {}, access: { read: readers.event, write: 'unit', taskField: 'taskIds' } },
  eventChecklistItem: { record: eventChecklistItemRecordSchema, patch: eventChecklistItemPatchSchema, defaults: {}, access: { read: readers.eventChecklistItem, write: 'unit', parent: ofEvent } },
  checkin: { record: checkinRecordSchema, patch: null, defaults: {}, access: { read: readers.checkin, write: 'unit', parent: ofEvent } },
  eventSession: { record: eventSessionRecordSchema, patch: eventSessionPatchSchema, defaults: {}, access: { read: readers.eventSession, write: 'unit', parent: ofEvent } },
  eventPhoto: { record: eventPhotoRecordSchema, patch: eventPhotoPatchSchema, defaults: {}, access: { read: readers.eventPhoto, write: 'unit', parent: ofEvent } },
  eventNote: { record: eventNoteRecordSchema, patch: eventNotePatchSchema, defaults: {}, access: { read: readers.eventNote, write: 'unit', parent: ofEvent } },
  eventTemplate: { record: eventTemplateRecordSchema, patch: eventTemplatePatchSchema, defaults: {}, access: { read: readers.eventTemplate, write: 'coordinators' } },
  // The unit an item is referred to reads it (contact masked) and writes its handling and adoption.
  feedback: { record: feedbackRecordSchema, patch: feedbackPatchSchema, defaults: {}, access: { read: readers.feedback, write: 'unit', readerFields: ['referredTo'], delegates: [{ unitField: 'referredTo', fields: [...handlingFields, 'adoption', 'referralNote'] }], parent: ofEvent } },
  feedbackSettings: { record: feedbackSettingsRecordSchema, patch: feedbackSettingsPatchSchema, defaults: feedbackSettingsDefaults, access: { read: readers.feedbackSettings, write: 'coordinators' } },
  questionnaire: { record: questionnaireRecordSchema, patch: questionnairePatchSchema, defaults: {}, access: { read: readers.questionnaire, write: 'coordinators' } },
  questionnaireResponse: { record: questionnaireResponseRecordSchema, patch: null, defaults: {}, access: { read: readers.questionnaireResponse, write: 'unit', parent: ofEvent } },
  faq: { record: faqRecordSchema, patch: faqPatchSchema, defaults: {}, access: { read: readers.faq, write: 'coordinators' } },
} satisfies Record<keyof typeof readers, EntityDefinition>

// Every record and patch also refuses NUL and lone surrogates anywhere in it (fieldRules.safeText),
// so the device names the field before the server would refuse it.
for (const definition of Object.values(entities) as EntityDefinition[]) {
  definition.record = definition.record.superRefine(safeText)
  definition.patch = definition.patch?.superRefine(safeText) ?? null
}

export type EntityName = keyof typeof entities
export const entityNames = Object.keys(entities) as [EntityName, ...EntityName[]]
export { type EntityAccess, type FieldDelegation, restrictedAccess } from './access'
