// Table shapes as Kysely sees them. Booleans are 0/1 integers and JSON is text, so the
// same rows and the same SQL work on SQLite and PostgreSQL.
import type { ColumnType, Kysely } from 'kysely'

export interface UsersTable {
  id: string
  username: string
  display_name: string
  unit: string
  role: string
  password_hash: string
  created_at: number
  /** 1 while the password is one someone else generated: the app asks for a new one. */
  must_change_password: number
  /** Set while a coordinator has switched the account off: no sign-in, no session works. */
  deactivated_at: number | null
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
  /** JSON [first, last] ranges of the sequence numbers received (sync/sequenceRanges.ts); null: 1..last_seq. */
  seen_seqs: ColumnType<string | null, string | null | undefined, string | null>
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
  /** The user whose write cited the photo. */
  cited_by: ColumnType<string, string | undefined, string>
  /** 1 when that user could see the photo (held its bytes or could open it); only those open it to others. */
  proven: ColumnType<number, number | undefined, number>
}

/** Rate-limit and lockout counters shared by every server process (auth/attemptLimits.ts). */
export interface AttemptCountersTable {
  key: string
  window_start: number
  count: number
}

/** What each received change of a device held, by sequence number (sync/push.ts). */
export interface ReceivedMutationsTable {
  client_id: string
  seq: number
  fingerprint: string
  received_at: number
}

/** The bytes of each photo, by hash (photos/storage.ts databasePhotoStorage). */
export interface PhotoBytesTable {
  sha256: string
  content: Buffer
}

/** Users who uploaded a photo's bytes, and so hold it. */
export interface PhotoHoldersTable {
  sha256: string
  user_id: string
}

/** Feedback items holding contact details, with the moment erasure counts from (0: at once). */
export interface ContactErasureQueueTable {
  record_id: string
  closed_at: number
}

/** Things the server did on its own or outside sync, kept for whoever has to account for them. */
export interface AuditLogTable {
  id: string
  at: number
  actor: string
  action: string
  entity: string | null
  record_id: string | null
  detail: string
}

/** A public questionnaire link of an event; only the token's SHA-256 is stored. */
export interface PublicLinksTable {
  id: string
  token_hash: string
  /** The hash of the link's short code; null for links opened before short codes existed. */
  short_hash: string | null
  event_id: string
  created_by: string
  created_at: number
  revoked_at: number | null
}

/** One row per device key that answered an event's public questionnaire: one response per device. */
export interface PublicRespondentsTable {
  event_id: string
  respondent_key: string
  response_id: string
  created_at: number
}

/** A node of the unit directory; names as JSON arrays of strings. */
export interface OrgUnitsTable {
  id: string
  name: string
  parent_id: string | null
  kind: string
  short_names: string
  aliases: string
  sort_order: number
  retired: number
  updated_at: number
}

/**
 * A change of who may read what that an incremental pull cannot express (a unit moved, a task's
 * lead taken away): devices of the node ('*' for all) whose cursor is below `version` start over.
 */
export interface AccessResetsTable {
  node_id: string
  version: number
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
  photo_holders: PhotoHoldersTable
  attempt_counters: AttemptCountersTable
  photo_bytes: PhotoBytesTable
  received_mutations: ReceivedMutationsTable
  contact_erasure_queue: ContactErasureQueueTable
  audit_log: AuditLogTable
  public_links: PublicLinksTable
  public_respondents: PublicRespondentsTable
  org_units: OrgUnitsTable
  access_resets: AccessResetsTable
}

export type Db = Kysely<Schema>
