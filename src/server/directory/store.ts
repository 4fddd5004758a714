// The unit directory's rows: read whole (it is small: a district has about a hundred units),
// written a node at a time, with the `directory` counter moved in the same transaction so
// every process's cache notices the change on its next request.
import type { Transaction } from 'kysely'
import type { DirectoryNode, DirectoryNodeKind } from '../../shared/units/directory'
import type { Db, OrgUnitsTable, Schema } from '../db/schema'

type Executor = Db | Transaction<Schema>

function toNode(row: OrgUnitsTable): DirectoryNode {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parent_id,
    kind: row.kind as DirectoryNodeKind,
    shortNames: JSON.parse(row.short_names) as string[],
    aliases: JSON.parse(row.aliases) as string[],
    order: row.sort_order,
    retired: row.retired === 1,
  }
}

function toRow(node: DirectoryNode, now: number): OrgUnitsTable {
  return {
    id: node.id,
    name: node.name,
    parent_id: node.parentId,
    kind: node.kind,
    short_names: JSON.stringify(node.shortNames),
    aliases: JSON.stringify(node.aliases),
    sort_order: node.order,
    retired: node.retired ? 1 : 0,
    updated_at: now,
  }
}

export async function loadDirectoryNodes(db: Executor): Promise<DirectoryNode[]> {
  const rows = await db.selectFrom('org_units').selectAll().orderBy('sort_order').orderBy('id').execute()
  return rows.map(toNode)
}

/** The counter that moves with every change of the tree. */
export async function directoryVersion(db: Executor): Promise<number> {
  const row = await db.selectFrom('counters').select('value').where('name', '=', 'directory').executeTakeFirst()
  return Number(row?.value ?? 0)
}

async function bumpDirectoryVersion(trx: Transaction<Schema>): Promise<void> {
  await trx.updateTable('counters').set(eb => ({ value: eb('value', '+', 1) })).where('name', '=', 'directory').execute()
}

/** Inserts or replaces nodes, in one transaction with the counter. */
export async function saveDirectoryNodes(trx: Transaction<Schema>, nodes: DirectoryNode[], now: number): Promise<void> {
  for (let i = 0; i < nodes.length; i += 200) {
    await trx.insertInto('org_units').values(nodes.slice(i, i + 200).map(node => toRow(node, now)))
      .onConflict(oc => oc.column('id').doUpdateSet(eb => ({
        name: eb.ref('excluded.name'),
        parent_id: eb.ref('excluded.parent_id'),
        kind: eb.ref('excluded.kind'),
        short_names: eb.ref('excluded.short_names'),
        aliases: eb.ref('excluded.aliases'),
        sort_order: eb.ref('excluded.sort_order'),
        retired: eb.ref('excluded.retired'),
        updated_at: eb.ref('excluded.updated_at'),
      })))
      .execute()
  }
  if (nodes.length)
    await bumpDirectoryVersion(trx)
}
