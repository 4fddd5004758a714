// Signing out on a shared phone: what the person leaving recorded, saw and cached must not be
// readable by whoever picks the phone up next. The next user pulls their own data from the server.
import type { OutboxRow } from './schema'
import { type AppDB, db } from './database'
import { photoHashOf } from './photoReference'
import { recordEntities, tableOf } from './syncedTables'

/** Per-device bookkeeping that must survive: sequence numbers per client id never restart. */
const keptMetaPrefixes = ['client:', 'seq:']

/** Unsent work of the person signing out: their queued changes, changes made before they signed in, and refused ones. */
export function isLeavingUsersChange(row: OutboxRow, userId: string | null): boolean {
  return row.rejected !== null || row.userId === null || row.userId === userId
}

export async function countUnsentOf(userId: string | null, database: AppDB = db): Promise<number> {
  return (await database.outbox.toArray()).filter(row => isLeavingUsersChange(row, userId)).length
}

/**
 * Removes everything the leaving user's session put on this device, in one transaction: every
 * synced record and plan (bundled plans are put back on the next start), the unit directory, their queued changes
 * (the caller made sure these were sent, exported or knowingly given up), photo bytes no other
 * user's queued change needs, the session and the sync position. Other users' queued changes
 * stay theirs, with what they cite, and wait for them to sign in again.
 */
export function forgetUserData(userId: string | null, database: AppDB = db): Promise<void> {
  const records = recordEntities.map(entity => tableOf(database, entity))
  return database.transaction('rw', [...records, database.plans, database.tasks, database.outbox, database.photos, database.meta, database.directory], async () => {
    for (const table of records)
      await table.clear()
    await database.plans.clear()
    await database.tasks.clear()
    // The next person may belong to another organization: their directory comes with their first sync.
    await database.directory.clear()

    const outbox = await database.outbox.toArray()
    const leaving = outbox.filter(row => isLeavingUsersChange(row, userId))
    await database.outbox.bulkDelete(leaving.map(row => row.localId!))
    const staying = outbox.filter(row => !isLeavingUsersChange(row, userId))

    const cited = new Set(staying.map(row => photoHashOf(row.data)).filter(sha256 => sha256 !== null))
    const photoKeys = await database.photos.toCollection().primaryKeys()
    await database.photos.bulkDelete(photoKeys.filter(sha256 => !cited.has(sha256)))

    const waitingUsers = new Set(staying.map(row => `user:${row.userId}`))
    // The writer identity goes too: the next write recreates it as "nobody signed in".
    const metaKeys = await database.meta.toCollection().primaryKeys()
    await database.meta.bulkDelete(metaKeys.filter(key => !keptMetaPrefixes.some(prefix => key.startsWith(prefix)) && !waitingUsers.has(key)))
  })
}
