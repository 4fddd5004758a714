// What some entities add to the generic sync rules: their own legal moves, what a viewer may
// receive of a record, which lost values history must not keep, and side tables to keep in
// step. Declared per entity, so push, pull and history stay generic.
import type { Transaction } from 'kysely'
import type { EntityName } from '../../shared/records'
import type { StampedRecord } from '../../shared/sync/merge'
import type { Schema } from '../db/schema'
import type { Actor, RecordData } from './access'
import type { Rejection } from './reasons'
import { trackContactErasure } from '../feedback/erasureQueue'
import { feedbackHistoryValueFor, feedbackPhotosVisibleTo, feedbackUnkeptHistory, feedbackViewFor } from '../feedback/redaction'
import { feedbackWriteRejection } from '../feedback/writeRules'
import { reversionAfterPlanWrite } from '../directory/planReversion'

export interface WrittenRecord {
  id: string
  state: StampedRecord
}

export interface EntityRules {
  /** Why a write that access allows breaks the entity's own rules; `before` is the live stored record. */
  writeRejection?: (actor: Actor, before: RecordData | null, payload: RecordData, index: number) => Rejection | null
  /** The record as this viewer may receive it. */
  viewFor?: (data: RecordData, viewer: Actor) => RecordData
  /** Whether this viewer, who may read the record, may also fetch the photos it refers to. */
  photosVisibleTo?: (data: RecordData, viewer: Actor) => boolean
  /** A lost value as this viewer may see it in history; null hides the entry. */
  historyValueFor?: (field: string, value: unknown, record: RecordData, viewer: Actor) => { value: unknown } | null
  /** Fields whose lost values are not kept, given the record as it now is. */
  unkeptHistory?: (record: RecordData) => readonly string[]
  /** Runs in the writing transaction once the entity's records are staged; `now` is when the server received them. */
  afterWrite?: (trx: Transaction<Schema>, written: WrittenRecord[], now: number) => Promise<void>
}

// Keyed by the registry's names, so a misspelt or removed entity fails type-check instead of losing its rules.
const rules: Partial<Record<EntityName, EntityRules>> = {
  // Who leads a plan's tasks decides who reads their records (see directory/planReversion.ts).
  plan: { afterWrite: reversionAfterPlanWrite },
  feedback: {
    writeRejection: feedbackWriteRejection,
    viewFor: feedbackViewFor,
    photosVisibleTo: feedbackPhotosVisibleTo,
    historyValueFor: feedbackHistoryValueFor,
    unkeptHistory: feedbackUnkeptHistory,
    afterWrite: trackContactErasure,
  },
}

const none: EntityRules = {}

export function rulesOf(entity: string): EntityRules {
  return rules[entity as EntityName] ?? none
}

/** The record as this viewer may receive it, whatever its entity. */
export function viewFor(entity: string, data: RecordData, viewer: Actor): RecordData {
  return rulesOf(entity).viewFor?.(data, viewer) ?? data
}
