// What screens need of the directory: a unit's name for its id, the units of my organization to
// pick from, and the tree as an indented list. Plain functions over the shared tree helpers.
import type { DirectoryNode, DirectoryNodeKind } from '../../../../shared/units/directory/node'
import { type Directory, indexDirectory, organizationOf, subtreeIds } from '../../../../shared/units/directory/tree'

export { type Directory, indexDirectory }

/** A unit's name for its node id; an id the directory does not know (no directory yet, an old name) shows as itself. */
export function unitDisplayName(directory: Directory, unitId: string): string {
  return directory.nodes.get(unitId)?.name ?? unitId
}

/**
 * The units one may assign or filter by within an organization: its subtree, retired units left
 * out, in tree order. A top organization (the district government) is left out: plans name its
 * offices, not it. An organization inside another (a bureau with sections) stays first: the
 * district's plan gives it tasks, its own staff belong to it, and it hosts open days.
 */
export function unitsOfOrganization(directory: Directory, organizationId: string | null): DirectoryNode[] {
  if (!organizationId)
    return []
  const topLevel = directory.nodes.get(organizationId)?.parentId === null
  return subtreeIds(directory, organizationId)
    .map(id => directory.nodes.get(id)!)
    .filter(node => !(topLevel && node.id === organizationId) && !node.retired)
}

/** The organization my unit belongs to (see organizationOf), null without a directory. */
export function myOrganizationId(directory: Directory, unitId: string | null | undefined): string | null {
  return unitId ? organizationOf(directory, unitId)?.id ?? null : null
}

export interface DirectoryTreeRow {
  node: DirectoryNode
  depth: number
  /** How many units sit directly under it (retired ones included). */
  childCount: number
}

/** The whole tree as rows in display order, each with its depth, for an indented list. */
export function directoryTreeRows(directory: Directory): DirectoryTreeRow[] {
  const rows: DirectoryTreeRow[] = []
  const visit = (parentKey: string, depth: number) => {
    for (const node of directory.children.get(parentKey) ?? []) {
      rows.push({ node, depth, childCount: directory.children.get(node.id)?.length ?? 0 })
      visit(node.id, depth + 1)
    }
  }
  visit('', 0)
  return rows
}

/** The kinds a new unit under this parent may have, the likeliest first. */
export function kindsUnder(parent: DirectoryNode | undefined): DirectoryNodeKind[] {
  if (!parent || parent.kind === 'organization')
    return ['department', 'town', 'office', 'affiliate', 'section', 'organization']
  return ['section', 'office', 'affiliate', 'department', 'town', 'organization']
}
