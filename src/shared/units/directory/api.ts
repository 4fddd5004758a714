// The directory endpoints' contract (GET /api/directory, POST/PATCH /api/directory/nodes).
import { z } from 'zod'
import type { DirectoryNode } from './node'
import { directoryNodeKinds } from './validate'

const name = z.string().trim().min(1).max(100).refine(text => !/[|\u0000]/.test(text), 'no | or NUL')
const names = z.array(name).max(20)

/** GET /api/directory: the tree the signed-in user's unit hangs in. */
export interface DirectoryResponse {
  /** Moves with every change of the directory; a device refetches when it differs. */
  version: number
  /** The user's node and its organization (null on a server without a directory). */
  unitId: string
  organizationId: string | null
  nodes: DirectoryNode[]
}

/** POST /api/directory/nodes (coordinators): a new unit under a node of their organization. */
export const newDirectoryNodeSchema = z.object({
  name,
  parentId: z.string().min(1).max(120),
  kind: z.enum(directoryNodeKinds),
  shortNames: names.default([]),
  aliases: names.default([]),
  order: z.number().int().min(0).max(1_000_000).optional(),
}).strict()
export type NewDirectoryNode = z.input<typeof newDirectoryNodeSchema>

/** PATCH /api/directory/nodes/:id (coordinators): rename, move, re-kind, names, order, retire. */
export const directoryNodePatchSchema = z.object({
  name: name.optional(),
  parentId: z.string().min(1).max(120).optional(),
  kind: z.enum(directoryNodeKinds).optional(),
  shortNames: names.optional(),
  aliases: names.optional(),
  order: z.number().int().min(0).max(1_000_000).optional(),
  retired: z.boolean().optional(),
}).strict().refine(patch => Object.keys(patch).length > 0, 'nothing to change')
export type DirectoryNodePatch = z.infer<typeof directoryNodePatchSchema>

/** Both answer with the node as stored. */
export interface DirectoryNodeResponse {
  node: DirectoryNode
}
