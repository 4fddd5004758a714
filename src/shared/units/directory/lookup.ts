// Which directory nodes a unit name written in a plan or an old record denotes. The nearest
// answer wins: the owner organization's own units, then the rest of its tree, then the whole
// directory; two answers at one level are ambiguous and left for a coordinator to decide.
import type { DirectoryNode } from './node'
import { normalizeUnitName } from '../normalize'
import { ancestorsOf, type Directory, namesOfNode, organizationOf, rootOf, subtreeIds } from './tree'

export type NameLookup
  = | { status: 'found', node: DirectoryNode }
    | { status: 'ambiguous', nodes: DirectoryNode[] }
    | { status: 'unknown' }

function answersTo(node: DirectoryNode, wanted: string): boolean {
  return namesOfNode(node).some(name => name === wanted || normalizeUnitName(name) === wanted)
}

/**
 * Looks a written name up, nearest to `nearId` first (a plan's owner; an account's unit).
 * Retired units still answer, so that old records keep their unit.
 */
export function lookUpUnitName(directory: Directory, written: string, nearId?: string | null): NameLookup {
  const wanted = normalizeUnitName(written)
  const all = [...directory.nodes.values()].filter(node => node.name === written.trim() || answersTo(node, wanted))
  if (all.length <= 1)
    return all.length ? { status: 'found', node: all[0] } : { status: 'unknown' }
  const levels: Array<Set<string>> = []
  if (nearId && directory.nodes.has(nearId)) {
    const org = organizationOf(directory, nearId)
    if (org)
      levels.push(new Set([org.id, ...(directory.children.get(org.id) ?? []).map(child => child.id)]))
    for (const ancestor of ancestorsOf(directory, nearId).slice(1))
      levels.push(new Set(subtreeIds(directory, ancestor.id)))
    const root = rootOf(directory, nearId)
    if (root)
      levels.push(new Set(subtreeIds(directory, root.id)))
  }
  for (const level of levels) {
    const here = all.filter(node => level.has(node.id))
    if (here.length === 1)
      return { status: 'found', node: here[0] }
    if (here.length > 1) {
      const exact = here.filter(node => node.name === written.trim())
      return exact.length === 1 ? { status: 'found', node: exact[0] } : { status: 'ambiguous', nodes: here }
    }
  }
  const exact = all.filter(node => node.name === written.trim())
  return exact.length === 1 ? { status: 'found', node: exact[0] } : { status: 'ambiguous', nodes: all }
}
