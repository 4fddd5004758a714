// The add/edit form of a directory node as plain data: names typed in one line, split the way
// people separate them (顿号, commas, spaces), and checked as the server will check them.
import type { DirectoryNodePatch } from '../../../../shared/api/directory'
import type { DirectoryNode, DirectoryNodeKind } from '../../../../shared/units/directory/node'

export interface NodeFormValue {
  name: string
  kind: DirectoryNodeKind
  parentId: string
  shortNames: string
  aliases: string
  retired: boolean
}

export type NodeFormErrors = Partial<Record<'name' | 'parent', string>>

export function splitNames(text: string): string[] {
  return [...new Set(text.split(/[、,，;；\s]+/).map(name => name.trim()).filter(Boolean))]
}

export function formOfNode(node: DirectoryNode): NodeFormValue {
  return { name: node.name, kind: node.kind, parentId: node.parentId ?? '', shortNames: node.shortNames.join('、'), aliases: node.aliases.join('、'), retired: node.retired }
}

export function emptyNodeForm(parentId: string, kind: DirectoryNodeKind): NodeFormValue {
  return { name: '', kind, parentId, shortNames: '', aliases: '', retired: false }
}

/** Which fields are wrong, as keys of the messages to show. */
export function nodeFormProblems(value: NodeFormValue): Array<keyof NodeFormErrors> {
  const problems: Array<keyof NodeFormErrors> = []
  if (!value.name.trim() || value.name.trim().length > 100)
    problems.push('name')
  if (!value.parentId)
    problems.push('parent')
  return problems
}

/** Only what changed, for PATCH; null when nothing did. */
export function nodePatchOf(node: DirectoryNode, value: NodeFormValue): DirectoryNodePatch | null {
  const patch: DirectoryNodePatch = {}
  const shortNames = splitNames(value.shortNames)
  const aliases = splitNames(value.aliases)
  if (value.name.trim() !== node.name)
    patch.name = value.name.trim()
  if (value.kind !== node.kind)
    patch.kind = value.kind
  if (node.parentId !== null && value.parentId !== node.parentId)
    patch.parentId = value.parentId
  if (shortNames.join('|') !== node.shortNames.join('|'))
    patch.shortNames = shortNames
  if (aliases.join('|') !== node.aliases.join('|'))
    patch.aliases = aliases
  if (value.retired !== node.retired)
    patch.retired = value.retired
  return Object.keys(patch).length ? patch : null
}
