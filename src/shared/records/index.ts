// The registry of synced entities: what a full record and a patch of each must look like.
// Server and device validate against the same schemas. Who reads an entity and where a device keeps
// it are the registry's zod-free half (syncedEntities.ts); a new entity has a line in both.
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
import { syncedEntities } from './syncedEntities'
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
  plan: { record: planRecordSchema, patch: planPatchSchema, defaults: {}, access: { read: syncedEntities.plan.read, write: 'coordinators' }, idOf: planIdOfRecord },
  progress: { record: progressRecordSchema, patch: progressPatchSchema, defaults: progressDefaults, access: { read: syncedEntities.progress.read, write: 'unit', taskField: 'taskId' }, idOf: progressIdOfRecord },
  evidence: { record: evidenceRecordSchema, patch: evidencePatchSchema, defaults: {}, access: { read: syncedEntities.evidence.read, write: 'unit', taskField: 'taskId' } },
  // Open-day events and public feedback (issue 5).
  event: { record: eventRecordSchema, patch: eventPatchSchema, defaults: {}, access: { read: syncedEntities.event.read, write: 'unit', taskField: 'taskIds' } },
  eventChecklistItem: { record: eventChecklistItemRecordSchema, patch: eventChecklistItemPatchSchema, defaults: {}, access: { read: syncedEntities.eventChecklistItem.read, write: 'unit', parent: ofEvent } },
  checkin: { record: checkinRecordSchema, patch: null, defaults: {}, access: { read: syncedEntities.checkin.read, write: 'unit', parent: ofEvent } },
  eventSession: { record: eventSessionRecordSchema, patch: eventSessionPatchSchema, defaults: {}, access: { read: syncedEntities.eventSession.read, write: 'unit', parent: ofEvent } },
  eventPhoto: { record: eventPhotoRecordSchema, patch: eventPhotoPatchSchema, defaults: {}, access: { read: syncedEntities.eventPhoto.read, write: 'unit', parent: ofEvent } },
  eventNote: { record: eventNoteRecordSchema, patch: eventNotePatchSchema, defaults: {}, access: { read: syncedEntities.eventNote.read, write: 'unit', parent: ofEvent } },
  eventTemplate: { record: eventTemplateRecordSchema, patch: eventTemplatePatchSchema, defaults: {}, access: { read: syncedEntities.eventTemplate.read, write: 'coordinators' } },
  // The unit an item is referred to reads it (contact masked) and writes its handling and adoption.
  feedback: { record: feedbackRecordSchema, patch: feedbackPatchSchema, defaults: {}, access: { read: syncedEntities.feedback.read, write: 'unit', readerFields: ['referredTo'], delegates: [{ unitField: 'referredTo', fields: [...handlingFields, 'adoption', 'referralNote'] }], parent: ofEvent } },
  feedbackSettings: { record: feedbackSettingsRecordSchema, patch: feedbackSettingsPatchSchema, defaults: feedbackSettingsDefaults, access: { read: syncedEntities.feedbackSettings.read, write: 'coordinators' } },
  questionnaire: { record: questionnaireRecordSchema, patch: questionnairePatchSchema, defaults: {}, access: { read: syncedEntities.questionnaire.read, write: 'coordinators' } },
  questionnaireResponse: { record: questionnaireResponseRecordSchema, patch: null, defaults: {}, access: { read: syncedEntities.questionnaireResponse.read, write: 'unit', parent: ofEvent } },
  faq: { record: faqRecordSchema, patch: faqPatchSchema, defaults: {}, access: { read: syncedEntities.faq.read, write: 'coordinators' } },
} satisfies Record<keyof typeof syncedEntities, EntityDefinition>

// Every record and patch also refuses NUL and lone surrogates anywhere in it (fieldRules.safeText),
// so the device names the field before the server would refuse it.
for (const definition of Object.values(entities) as EntityDefinition[]) {
  definition.record = definition.record.superRefine(safeText)
  definition.patch = definition.patch?.superRefine(safeText) ?? null
}

export type EntityName = keyof typeof entities
export const entityNames = Object.keys(entities) as [EntityName, ...EntityName[]]
export { type EntityAccess, type FieldDelegation, restrictedAccess } from './access'
