// The audit log: what the server did on its own (erasures) or outside sync (public links,
// account changes), for whoever later has to account for it.
import type { Transaction } from 'kysely'
import type { Db, Schema } from './db/schema'
import { uuidv7 } from '../shared/ids'

export interface AuditEntry {
  actor: string
  action: 'contact_erased' | 'public_link_created' | 'public_link_revoked' | 'password_reset' | 'account_deactivated' | 'account_reactivated'
  entity?: string
  recordId?: string
  detail?: Record<string, unknown>
}

export async function recordAudit(db: Db | Transaction<Schema>, entries: AuditEntry[], now: number): Promise<void> {
  if (!entries.length)
    return
  await db.insertInto('audit_log').values(entries.map(entry => ({
    id: uuidv7(now),
    at: now,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity ?? null,
    record_id: entry.recordId ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  }))).execute()
}
