// The unit directory (单位名录) on the server: its nodes, a counter that moves with every change
// of the tree (so caches know when to reload), and per-node markers telling devices whose
// rights shrank in a way a pull cannot express to start over. Progress, evidence and events
// also become readable by the coordinators of the plan's owner (reader `plan:<planId>`).
import type { Kysely, Migration } from 'kysely'

// Frozen here on purpose: the entities that had a task field when this migration was written.
const taskFields: Record<string, string> = { progress: 'taskId', evidence: 'taskId', event: 'taskIds' }

// The tables this migration reads and fills, as they were when it was written.
interface Tables {
  records: { entity: string, id: string, version: number, deleted: number, data: string }
  record_access: { entity: string, record_id: string, reader: string, visible: number }
  counters: { name: string, value: number }
}

function planIdOfTask(taskId: string): string {
  return taskId.replace(/:\d+\.\d+$/, '')
}

export const unitDirectory: Migration = {
  async up(untyped: Kysely<unknown>) {
    const db = untyped as Kysely<Tables>
    await db.schema.createTable('org_units')
      .addColumn('id', 'text', c => c.primaryKey())
      .addColumn('name', 'text', c => c.notNull())
      .addColumn('parent_id', 'text')
      .addColumn('kind', 'text', c => c.notNull())
      .addColumn('short_names', 'text', c => c.notNull())
      .addColumn('aliases', 'text', c => c.notNull())
      .addColumn('sort_order', 'integer', c => c.notNull())
      .addColumn('retired', 'integer', c => c.notNull())
      .addColumn('updated_at', 'bigint', c => c.notNull())
      .execute()
    await db.schema.createIndex('org_units_parent').on('org_units').column('parent_id').execute()

    await db.schema.createTable('access_resets')
      .addColumn('node_id', 'text', c => c.primaryKey())
      .addColumn('version', 'bigint', c => c.notNull())
      .execute()

    await db.insertInto('counters').values({ name: 'directory', value: 0 }).execute()

    const rows = await db.selectFrom('records').select(['entity', 'id', 'data'])
      .where('entity', 'in', Object.keys(taskFields)).where('version', '>', 0).where('deleted', '=', 0).execute()
    const access: Array<{ entity: string, record_id: string, reader: string, visible: number }> = []
    for (const row of rows) {
      const value = JSON.parse(row.data)[taskFields[row.entity]]
      const taskIds = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')
      for (const planId of new Set(taskIds.map(planIdOfTask)))
        access.push({ entity: row.entity, record_id: row.id, reader: `plan:${planId}`, visible: 1 })
    }
    for (let i = 0; i < access.length; i += 400) {
      await db.insertInto('record_access').values(access.slice(i, i + 400))
        .onConflict(oc => oc.columns(['entity', 'record_id', 'reader']).doNothing()).execute()
    }
  },

  async down(untyped: Kysely<unknown>) {
    const db = untyped as Kysely<Tables>
    await db.deleteFrom('record_access').where('reader', 'like', 'plan:%').execute()
    await db.deleteFrom('counters').where('name', '=', 'directory').execute()
    await db.schema.dropTable('access_resets').execute()
    await db.schema.dropTable('org_units').execute()
  },
}
