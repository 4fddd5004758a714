// Table shapes as Kysely sees them. Booleans are 0/1 integers and JSON is text, so the
// same rows and the same SQL work on SQLite and PostgreSQL.
import type { Kysely } from 'kysely'

export interface UsersTable {
  id: string
  username: string
  display_name: string
  unit: string
  role: string
  password_hash: string
  created_at: number
}

export interface SessionsTable {
  token_hash: string
  user_id: string
  created_at: number
  expires_at: number
  revoked_at: number | null
}

/** One row per device client id: whose it is and the last sequence number applied. */
export interface ClientsTable {
  client_id: string
  user_id: string
  last_seq: number
  updated_at: number
}

/** Rejections are remembered so a resent batch hears the same answer, not 'duplicate'. */
export interface RejectionsTable {
  client_id: string
  seq: number
  code: string
  reason: string
  created_at: number
}

/** The current state of every synced record; version 0 marks a row locked but not yet written. */
export interface RecordsTable {
  entity: string
  id: string
  version: number
  deleted: number
  data: string
  stamps: string
  updated_at: number
}

/**
 * Who may read a record: one row per reader key ever granted. A key that loses access keeps
 * its row with visible = 0, so that reader is sent a tombstone when the record changes.
 */
export interface RecordAccessTable {
  entity: string
  record_id: string
  reader: string
  visible: number
}

/** Values that lost a last-writer-wins conflict, or were replaced by a newer one. */
export interface RecordHistoryTable {
  id: string
  entity: string
  record_id: string
  field: string
  value: string
  stamp_t: number
  stamp_c: string
  recorded_at: number
  user_id: string | null
}

export interface CountersTable {
  name: string
  value: number
}

export interface PhotosTable {
  sha256: string
  mime: string
  bytes: number
  uploaded_by: string
  created_at: number
}

export interface PhotoRefsTable {
  sha256: string
  entity: string
  record_id: string
}

export interface Schema {
  users: UsersTable
  sessions: SessionsTable
  clients: ClientsTable
  rejections: RejectionsTable
  records: RecordsTable
  record_access: RecordAccessTable
  record_history: RecordHistoryTable
  counters: CountersTable
  photos: PhotosTable
  photo_refs: PhotoRefsTable
}

export type Db = Kysely<Schema>
