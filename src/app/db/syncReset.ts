// The server's "start over" (a pull answered with reset): who may read what changed in a way
// an incremental pull cannot express, so the device drops what it pulled and pulls from 0.
// Unsent changes stay: the outbox and the records it still has to send are kept.
import { type AppDB, db } from './database'
import { recordKey } from './syncPullRepository'
import { recordEntities, tableOf } from './syncedTables'

const cursorKey = 'sync:cursor'

export function resetSyncedData(userId: string, database: AppDB = db): Promise<void> {
  const tables = recordEntities.map(entity => tableOf(database, entity))
  return database.transaction('rw', [...tables, database.plans, database.tasks, database.outbox, database.meta], async () => {
    const waiting = new Set((await database.outbox.toArray()).filter(row => !row.rejected).map(row => recordKey(row.entity, row.id)))
    for (const entity of recordEntities)
      await tableOf(database, entity).filter(row => !waiting.has(recordKey(entity, row.id))).delete()
    // Plans shipped with the app stay; pulled ones come back with the pull from 0 if still readable.
    const pulledPlans = await database.plans.filter(plan => !plan.bundled).primaryKeys()
    await database.tasks.where('planId').anyOf(pulledPlans).delete()
    await database.plans.bulkDelete(pulledPlans)
    await database.meta.put({ key: cursorKey, value: { userId, cursor: '0' } })
  })
}
