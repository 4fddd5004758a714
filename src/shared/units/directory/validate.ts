// A directory document (seeds/directory.json, or the nodes a coordinator maintains) checked
// whole: shapes first, then what only the whole tree can tell — dangling parents, cycles,
// a root that is not an organization, two units of one organization answering to one name.
import { z } from 'zod'
import type { DirectoryNode } from './node'
import { indexDirectory, namesOfNode, organizationOf } from './tree'

export const directoryNodeKinds = ['organization', 'office', 'department', 'town', 'section', 'affiliate'] as const

const name = z.string().trim().min(1).max(100)

export const directoryNodeSchema = z.object({
  id: z.string().trim().min(1).max(120).regex(/^[^\s|]+$/, 'no spaces or |'),
  name,
  parentId: z.string().min(1).max(120).nullable(),
  kind: z.enum(directoryNodeKinds),
  shortNames: z.array(name).max(20).default([]),
  aliases: z.array(name).max(50).default([]),
  order: z.number().int().min(0).max(1_000_000).default(0),
  retired: z.boolean().default(false),
}).strict()

export const directoryDocumentSchema = z.object({
  nodes: z.array(directoryNodeSchema).max(5000),
})

export interface DirectoryProblem {
  /** Where: nodes[3].parentId, or the node id the problem is about. */
  path: string
  message: string
}

export type DirectoryCheck = { ok: true, nodes: DirectoryNode[] } | { ok: false, problems: DirectoryProblem[] }

/** Problems of a list of well-shaped nodes as a tree; empty when it is a valid directory. */
export function treeProblems(nodes: readonly DirectoryNode[]): DirectoryProblem[] {
  const problems: DirectoryProblem[] = []
  const ids = new Map<string, number>()
  nodes.forEach((node, i) => {
    if (ids.has(node.id))
      problems.push({ path: `nodes[${i}].id`, message: `单位编号 ${node.id} 重复` })
    ids.set(node.id, i)
  })
  nodes.forEach((node, i) => {
    if (node.parentId === null) {
      if (node.kind !== 'organization')
        problems.push({ path: `nodes[${i}].kind`, message: `${node.name} 没有上级单位，只能是组织` })
    }
    else if (!ids.has(node.parentId)) {
      problems.push({ path: `nodes[${i}].parentId`, message: `没有上级单位 ${node.parentId}` })
    }
  })
  if (problems.length)
    return problems
  const byId = new Map(nodes.map(node => [node.id, node]))
  nodes.forEach((node, i) => {
    const seen = new Set<string>()
    for (let at: DirectoryNode | undefined = node; at; at = at.parentId ? byId.get(at.parentId) : undefined) {
      if (seen.has(at.id)) {
        problems.push({ path: `nodes[${i}].parentId`, message: `${node.name} 不能是自己的下级单位` })
        break
      }
      seen.add(at.id)
    }
  })
  if (problems.length)
    return problems
  // One organization, one meaning per name: a plan's 办公室 must not fit two of its units.
  const directory = indexDirectory(nodes)
  const owners = new Map<string, string>()
  nodes.forEach((node, i) => {
    if (node.retired)
      return
    const org = node.parentId === null ? node.id : organizationOf(directory, node.parentId)?.id ?? ''
    for (const n of namesOfNode(node)) {
      const key = `${org}\u0000${n}`
      const other = owners.get(key)
      if (other && other !== node.id)
        problems.push({ path: `nodes[${i}]`, message: `同一组织内 ${other} 和 ${node.id} 都叫“${n}”` })
      owners.set(key, node.id)
    }
  })
  return problems
}

function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key), '') || '(document)'
}

/** Checks a directory document; the problems name the field (nodes[2].parentId) and what is wrong. */
export function validateDirectory(document: unknown): DirectoryCheck {
  const parsed = directoryDocumentSchema.safeParse(document)
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map(issue => ({ path: pathText(issue.path), message: issue.message })) }
  }
  const nodes = parsed.data.nodes as DirectoryNode[]
  const problems = treeProblems(nodes)
  return problems.length ? { ok: false, problems } : { ok: true, nodes }
}
