import { z } from 'zod'
import { epochMs, recordId, organizationOwner } from './common'
import { eventPhases, eventTypes } from './eventKinds'
import { nonBlank, noDuplicates, shortKey } from './fieldRules'

export { eventPhases, type EventPhase } from './eventKinds'

export const templateItemSchema = z.object({
  /** Stable within the template, so checklist item ids derived from it are the same on every phone. */
  id: shortKey,
  phase: z.enum(eventPhases),
  text: nonBlank(200),
})
export type TemplateItem = z.infer<typeof templateItemSchema>

/**
 * A checklist template that coordinators edit. The items travel as one field: templates are
 * edited rarely and by few people, and a list edited whole never ends up half-merged.
 */
export const eventTemplateRecordSchema = z.object({
  id: recordId,
  /** The organization whose template it is (see owner.ts); absent on templates made before organizations. */
  owner: organizationOwner.optional(),
  name: nonBlank(100),
  /** The event types it suits; empty means every type. */
  eventTypes: z.array(z.enum(eventTypes)).max(eventTypes.length).superRefine(noDuplicates(t => t, '活动类型')),
  items: z.array(templateItemSchema).min(1, '模板至少要有一个事项').max(100)
    .superRefine(noDuplicates(item => item.id, '事项编号')),
  archived: z.boolean(),
  updatedAt: epochMs,
})
export type EventTemplateRecord = z.infer<typeof eventTemplateRecordSchema>

export const eventTemplatePatchSchema = eventTemplateRecordSchema.omit({ id: true, owner: true }).partial().strict()
