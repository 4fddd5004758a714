// Node ids are stable and opaque: a unit keeps its id through renames and moves. A new node
// takes its name as id when free (readable in logs and in ids such as progress `unit|task`),
// else the name qualified by its organization, else a numbered variant.
import { normalizeUnitName } from '../normalize'
import { type Directory, organizationOf } from './tree'

export function newNodeId(directory: Directory, name: string, parentId: string | null): string {
  const base = normalizeUnitName(name).replace(/[\s|]/g, '')
  if (!directory.nodes.has(base))
    return base
  const org = parentId ? organizationOf(directory, parentId)?.id : undefined
  const qualified = org ? `${org}/${base}` : base
  if (!directory.nodes.has(qualified))
    return qualified
  let n = 2
  while (directory.nodes.has(`${qualified}-${n}`))
    n++
  return `${qualified}-${n}`
}
