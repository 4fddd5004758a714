// Coordinators keep their organization's part of the directory: add, rename, move, re-kind,
// short names and aliases, retire. Each change is checked against the whole tree before it is
// stored, and in the same transaction the records whose readers it changes are re-versioned
// (or the devices concerned told to start over).
import type { Transaction } from 'kysely'
import type { DirectoryNode } from '../../shared/units/directory'
import type { DirectoryNodePatch, NewDirectoryNode } from '../../shared/api/directory'
import type { Db, Schema } from '../db/schema'
import { type Directory, indexDirectory, newNodeId, treeProblems } from '../../shared/units/directory'
import { inTransaction } from '../db/transaction'
import { HttpError } from '../errors'
import { reversionAfterDirectoryChange } from './planReversion'
import { everyNode, markAccessReset } from './resets'
import { loadDirectoryNodes, saveDirectoryNodes } from './store'

/** The nodes a coordinator maintains (their organization's subtree); null: all of them. */
export type MaintainScope = ReadonlySet<string> | null

function inScope(scope: MaintainScope, id: string): boolean {
  return !scope || scope.has(id)
}

function rejectProblems(nodes: DirectoryNode[], index: number): void {
  const problems = treeProblems(nodes).map(p => ({ path: p.path.replace(`nodes[${index}].`, '').replace(`nodes[${index}]`, 'name'), message: p.message }))
  if (problems.length)
    throw new HttpError(400, 'invalid_directory', `单位名录不合格：${problems[0].message}`, problems)
}

function parentCheck(directory: Directory, scope: MaintainScope, parentId: string): void {
  if (!directory.nodes.has(parentId))
    throw new HttpError(400, 'unknown_parent', `没有上级单位 ${parentId}`, [{ path: 'parentId', message: `没有上级单位 ${parentId}` }])
  if (!inScope(scope, parentId))
    throw new HttpError(403, 'other_organization', '只能在本组织内调整单位', [{ path: 'parentId', message: '上级单位不在本组织内' }])
}

async function store(trx: Transaction<Schema>, before: Directory, nodes: DirectoryNode[], changed: DirectoryNode, now: number, structural: boolean): Promise<void> {
  await saveDirectoryNodes(trx, [changed], now)
  const after = indexDirectory(nodes)
  await reversionAfterDirectoryChange(trx, before, after)
  // A move, or a first child making a unit an organization, changes scopes and reach for many
  // readers at once: every device starts over rather than the server listing each of them.
  if (structural)
    await markAccessReset(trx, [everyNode])
}

export async function addDirectoryNode(db: Db, scope: MaintainScope, input: Required<Omit<NewDirectoryNode, 'order'>> & { order?: number }, now: number): Promise<DirectoryNode> {
  return inTransaction(db, async (trx) => {
    const nodes = await loadDirectoryNodes(trx)
    const directory = indexDirectory(nodes)
    parentCheck(directory, scope, input.parentId)
    const siblings = directory.children.get(input.parentId) ?? []
    const node: DirectoryNode = {
      id: newNodeId(directory, input.name, input.parentId),
      name: input.name,
      parentId: input.parentId,
      kind: input.kind,
      shortNames: input.shortNames,
      aliases: input.aliases,
      order: input.order ?? Math.max(-1, ...siblings.map(s => s.order)) + 1,
      retired: false,
    }
    const next = [...nodes, node]
    rejectProblems(next, next.length - 1)
    await store(trx, directory, next, node, now, siblings.length === 0)
    return node
  })
}

export async function patchDirectoryNode(db: Db, scope: MaintainScope, id: string, patch: DirectoryNodePatch, now: number): Promise<DirectoryNode> {
  return inTransaction(db, async (trx) => {
    const nodes = await loadDirectoryNodes(trx)
    const directory = indexDirectory(nodes)
    const current = directory.nodes.get(id)
    if (!current || !inScope(scope, id))
      throw new HttpError(404, 'not_found', '单位名录中没有这个单位')
    const moving = patch.parentId !== undefined && patch.parentId !== current.parentId
    if (moving) {
      // The organization a coordinator acts for is the top of their scope: it is not theirs to move.
      if (current.parentId === null || !inScope(scope, current.parentId))
        throw new HttpError(403, 'other_organization', '不能移动本组织本身', [{ path: 'parentId', message: '本组织本身不能移动' }])
      parentCheck(directory, scope, patch.parentId!)
    }
    const node: DirectoryNode = { ...current, ...patch }
    const index = nodes.findIndex(n => n.id === id)
    const next = nodes.map(n => n.id === id ? node : n)
    rejectProblems(next, index)
    const firstChild = moving && (directory.children.get(patch.parentId!)?.length ?? 0) === 0
    // Becoming (or ceasing to be) an organization changes whose scope and reach it is.
    const organizationChanged = (node.kind === 'organization') !== (current.kind === 'organization')
    await store(trx, directory, next, node, now, moving || firstChild || organizationChanged)
    return node
  })
}
