// The directory as a tree one can walk: parents, children, organizations and subtrees.
// Built once per directory version (indexDirectory) so that permission checks stay cheap.
import type { DirectoryNode, DirectoryNodeKind } from './node'

export interface Directory {
  nodes: ReadonlyMap<string, DirectoryNode>
  /** Children of each node id ('' for the roots), in display order. */
  children: ReadonlyMap<string, readonly DirectoryNode[]>
}

const byOrder = (a: DirectoryNode, b: DirectoryNode) => a.order - b.order || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

export function indexDirectory(list: readonly DirectoryNode[]): Directory {
  const nodes = new Map(list.map(node => [node.id, node]))
  const children = new Map<string, DirectoryNode[]>()
  for (const node of list) {
    const key = node.parentId ?? ''
    children.set(key, [...(children.get(key) ?? []), node])
  }
  for (const list of children.values())
    list.sort(byOrder)
  return { nodes, children }
}

export function nodeOf(directory: Directory, id: string | null | undefined): DirectoryNode | undefined {
  return id ? directory.nodes.get(id) : undefined
}

export function rootsOf(directory: Directory): readonly DirectoryNode[] {
  return directory.children.get('') ?? []
}

/** Direct children, retired ones left out unless asked for. */
export function childrenOf(directory: Directory, id: string, options: { kinds?: readonly DirectoryNodeKind[], includeRetired?: boolean } = {}): DirectoryNode[] {
  return (directory.children.get(id) ?? []).filter(child =>
    (options.includeRetired || !child.retired) && (!options.kinds || options.kinds.includes(child.kind)))
}

/** The node and its ancestors, nearest first. Stops at a cycle rather than looping. */
export function ancestorsOf(directory: Directory, id: string): DirectoryNode[] {
  const path: DirectoryNode[] = []
  const seen = new Set<string>()
  let node = directory.nodes.get(id)
  while (node && !seen.has(node.id)) {
    path.push(node)
    seen.add(node.id)
    node = node.parentId ? directory.nodes.get(node.parentId) : undefined
  }
  return path
}

/**
 * A node that issues plans to units of its own: kind organization, or any node with children
 * (区生态环境局 is a department of the district and the organization of its 科室).
 */
export function isOrganization(directory: Directory, node: DirectoryNode): boolean {
  return node.kind === 'organization' || (directory.children.get(node.id)?.length ?? 0) > 0
}

/**
 * The organization a node belongs to: the nearest of itself and its ancestors that is an
 * organization (see isOrganization). For 区数据局 that is 青浦区人民政府; for 综合规划科 it is
 * 区生态环境局; for 区生态环境局 itself it is 区生态环境局. Undefined for an unknown id.
 */
export function organizationOf(directory: Directory, id: string): DirectoryNode | undefined {
  return ancestorsOf(directory, id).find(node => isOrganization(directory, node))
}

/** The organization whose coordinators a node's coordinator acts for, as organizationOf. */
export const scopeOfCoordinator = organizationOf

/** Every node under the given one, itself included, retired ones too (their records stay readable). */
export function subtreeIds(directory: Directory, id: string): string[] {
  if (!directory.nodes.has(id))
    return []
  const ids: string[] = []
  const queue = [id]
  const seen = new Set<string>()
  while (queue.length) {
    const current = queue.shift()!
    if (seen.has(current))
      continue
    seen.add(current)
    ids.push(current)
    for (const child of directory.children.get(current) ?? [])
      queue.push(child.id)
  }
  return ids
}

export function isWithin(directory: Directory, id: string, ancestorId: string): boolean {
  return ancestorsOf(directory, id).some(node => node.id === ancestorId)
}

/** The top of the tree a node hangs in (青浦区人民政府 for every district unit). */
export function rootOf(directory: Directory, id: string): DirectoryNode | undefined {
  const path = ancestorsOf(directory, id)
  return path[path.length - 1]
}

/** A node's name as lists show it; an unknown id (a unit since removed) shows as itself. */
export function displayNameOf(directory: Directory, id: string): string {
  return directory.nodes.get(id)?.name ?? id
}

/** Every name a node answers to: its name, short names and aliases. */
export function namesOfNode(node: Pick<DirectoryNode, 'name' | 'shortNames' | 'aliases'>): string[] {
  return [...new Set([node.name, ...node.shortNames, ...node.aliases])]
}
