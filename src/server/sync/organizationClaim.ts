// What an organization keeps for itself (access.read 'organization') is stamped with `owner` by
// the phone, from its copy of the directory. A phone that has none yet (signed in, then offline
// before the directory came) sends such records without owner, which every organization would
// read. The server knows the writer's organization, so on a server with a directory it claims
// them: a new record gets the writer's organization, and a write to a built-in record's shared id
// goes to that organization's own copy (`<id>@<organization>`, as the phone itself would have
// written it), so no organization's edit lands in the record all others fall back to. A stored
// record without owner (made before organizations) is left shared: handing it to whoever edits
// it first would take it from everyone else. The claimed record reaches the phone by pull.
import type { Mutation } from '../../shared/sync/protocol'
import type { EntityName } from '../../shared/records'
import type { StampedRecord } from '../../shared/sync/merge'
import type { PlanCatalog } from './planCatalog'
import { builtInEventTemplates } from '../../shared/events/checklist'
import { builtInQuestionnaires } from '../../shared/questionnaire/standard'
import { feedbackSettingsId } from '../../shared/records/feedbackSettings'
import { baseRecordId, organizationRecordId } from '../../shared/records/owner'
import { accessOf, type Actor, organizationIdOf, serverActorId } from './access'
import { keyOf, type RecordKey } from './recordStore'

/** The ids every organization shares: built-in records, whose first edit each organization keeps apart. */
const sharedIds: Partial<Record<EntityName, ReadonlySet<string>>> = {
  eventTemplate: new Set(builtInEventTemplates.map(template => template.id)),
  questionnaire: new Set(builtInQuestionnaires.map(questionnaire => questionnaire.id)),
  feedbackSettings: new Set([feedbackSettingsId]),
}

/** Whether a write of this entity may need its organization from the server (checked before the catalog is read). */
export function keptByOrganization(entity: string): boolean {
  return accessOf(entity).read === 'organization'
}

/**
 * The organization that claims this actor's records of this entity: the writer's, on a server
 * with a directory that knows their unit; undefined otherwise (the server's own writes too).
 */
export function claimingOrganization(actor: Actor, entity: string, catalog: PlanCatalog): string | undefined {
  if (actor.id === serverActorId || !keptByOrganization(entity) || !catalog.directory.nodes.size)
    return undefined
  return organizationIdOf(actor, catalog)
}

/** The shared id an organization's own copy stands for, when `id` is such a copy of `owner`. */
function sharedIdOf(entity: string, id: string, owner: string): string | undefined {
  const base = baseRecordId({ id, owner })
  return base !== id && sharedIds[entity as EntityName]?.has(base) ? base : undefined
}

/** A write to a built-in record's shared id, sent to the writer's organization's own copy instead. */
export function toOrganizationsCopy(mutation: Mutation, actor: Actor, catalog: PlanCatalog): Mutation {
  const owner = claimingOrganization(actor, mutation.entity, catalog)
  if (!owner || !sharedIds[mutation.entity as EntityName]?.has(mutation.id))
    return mutation
  const id = organizationRecordId(mutation.id, owner)
  return mutation.op === 'put' ? { ...mutation, id, data: { ...mutation.data, id, owner } } : { ...mutation, id }
}

/** The shared records the batch's organization copies may start from (a first patch starts from the shared one). */
export function sharedSourceKeys(mutations: readonly Mutation[], actor: Actor, catalog: PlanCatalog): RecordKey[] {
  return mutations.flatMap((m) => {
    const owner = m.op === 'patch' ? claimingOrganization(actor, m.entity, catalog) : undefined
    const shared = owner && sharedIdOf(m.entity, m.id, owner)
    return shared ? [{ entity: m.entity, id: shared }] : []
  })
}

/**
 * What a first patch of an organization's copy starts from: the shared record as stored, when
 * live, under the copy's id and owner; undefined to start from the entity's defaults. Like
 * defaults it carries no stamps, so every field the patch sends wins.
 */
export function sharedStart(mutation: Mutation, actor: Actor, catalog: PlanCatalog, stored: ReadonlyMap<string, StampedRecord>): StampedRecord | undefined {
  const owner = claimingOrganization(actor, mutation.entity, catalog)
  const shared = owner && sharedIdOf(mutation.entity, mutation.id, owner)
  const source = shared ? stored.get(keyOf(mutation.entity, shared)) : undefined
  if (!source || source.deleted)
    return undefined
  return { data: { ...source.data, id: mutation.id, owner }, stamps: {}, deleted: false }
}

/** The payload of a write that creates a record, with the writer's organization when it names none. */
export function withClaimedOwner(payload: Record<string, unknown>, creates: boolean, actor: Actor, entity: string, catalog: PlanCatalog): Record<string, unknown> {
  const owner = creates && payload.owner === undefined ? claimingOrganization(actor, entity, catalog) : undefined
  return owner ? { ...payload, owner } : payload
}
