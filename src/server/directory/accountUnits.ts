// An account belongs to a directory node. Accounts made before the directory named their unit
// by name: those names become node ids here — the node the name denotes, or, for a unit the
// directory does not list, a new node under the first organization, so no account stops working.
import type { Transaction } from 'kysely'
import type { DirectoryNode, DirectoryNodeKind } from '../../shared/units/directory'
import type { Db, Schema } from '../db/schema'
import { unitKindOf } from '../../shared/units'
import { indexDirectory, lookUpUnitName, newNodeId, rootsOf } from '../../shared/units/directory'
import { inTransaction } from '../db/transaction'
import { HttpError } from '../errors'
import { loadDirectoryNodes, saveDirectoryNodes } from './store'

export class UnknownUnitError extends HttpError {
  constructor(unit: string) {
    super(400, 'unknown_unit', `单位名录中没有“${unit}”，请先在单位名录中添加`, [{ path: 'unit', message: `单位名录中没有“${unit}”` }])
  }
}

/**
 * The node id an account's unit names: a node id as it is, else the one node the name, short
 * name or alias denotes. Without a directory the name stays as it is. Throws UnknownUnitError.
 */
export async function accountUnitId(db: Db | Transaction<Schema>, unit: string): Promise<string> {
  const nodes = await loadDirectoryNodes(db)
  if (!nodes.length)
    return unit
  const directory = indexDirectory(nodes)
  if (directory.nodes.has(unit))
    return unit
  const found = lookUpUnitName(directory, unit)
  if (found.status !== 'found')
    throw new UnknownUnitError(unit)
  return found.node.id
}

const kindOfName: Record<ReturnType<typeof unitKindOf>, DirectoryNodeKind> = {
  office: 'office',
  department: 'department',
  street: 'town',
  section: 'section',
  group: 'department',
  other: 'department',
}

/** The node for a unit name, adding one under the first organization when none answers to it. */
async function nodeForLegacyName(trx: Transaction<Schema>, name: string, now: number): Promise<string> {
  const nodes = await loadDirectoryNodes(trx)
  const directory = indexDirectory(nodes)
  if (directory.nodes.has(name))
    return name
  const found = lookUpUnitName(directory, name)
  if (found.status === 'found')
    return found.node.id
  if (found.status === 'ambiguous')
    return (found.nodes.find(node => node.name === name) ?? found.nodes[0]).id
  const root = rootsOf(directory)[0]
  const node: DirectoryNode = {
    id: newNodeId(directory, name, root?.id ?? null),
    name,
    parentId: root?.id ?? null,
    kind: root ? kindOfName[unitKindOf(name)] : 'organization',
    shortNames: [],
    aliases: [],
    order: nodes.length,
    retired: false,
  }
  await saveDirectoryNodes(trx, [node], now)
  return node.id
}

/** Moves every account whose unit is not a node id onto its node; returns what was changed. */
export async function mapLegacyAccountUnits(db: Db, now: number): Promise<Array<{ userId: string, from: string, to: string }>> {
  return inTransaction(db, async (trx) => {
    const ids = new Set((await loadDirectoryNodes(trx)).map(node => node.id))
    if (!ids.size)
      return []
    const users = await trx.selectFrom('users').select(['id', 'unit']).execute()
    const moved: Array<{ userId: string, from: string, to: string }> = []
    for (const user of users.filter(u => !ids.has(u.unit))) {
      const to = await nodeForLegacyName(trx, user.unit, now)
      await trx.updateTable('users').set({ unit: to }).where('id', '=', user.id).execute()
      moved.push({ userId: user.id, from: user.unit, to })
    }
    return moved
  })
}

/** The node for a configured unit (the first coordinator's), added when the directory lacks it. */
export async function ensureUnitNode(db: Db, name: string, now: number): Promise<string> {
  if (!(await loadDirectoryNodes(db)).length)
    return name
  return inTransaction(db, trx => nodeForLegacyName(trx, name, now))
}
