// The unit directory's endpoints (单位名录): every signed-in user reads the tree their unit hangs
// in; coordinators add and change their organization's units. No list of units is public.
import { z } from 'zod'
import { directoryNodeKinds, directoryNodeSchema } from '../units/directory/validate'
import { endpoint } from './endpoint'
import { apiPaths } from './paths'

const name = z.string().trim().min(1).max(100).refine(text => !/[|\u0000]/.test(text), 'no | or NUL')
const names = z.array(name).max(20)

/** GET /api/directory: the tree the signed-in user's unit hangs in. */
export const directoryResponseSchema = z.object({
  /** Moves with every change of the directory; a device refetches when it differs. */
  version: z.number().int(),
  /** The user's node and its organization (null on a server without a directory). */
  unitId: z.string(),
  organizationId: z.string().nullable(),
  nodes: z.array(directoryNodeSchema),
})
export type DirectoryResponse = z.infer<typeof directoryResponseSchema>

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
}).strict().refine(patch => Object.keys(patch).length > 0, '没有要修改的内容')
export type DirectoryNodePatch = z.infer<typeof directoryNodePatchSchema>

/** Both answer with the node as stored. */
export const directoryNodeResponseSchema = z.object({ node: directoryNodeSchema })
export type DirectoryNodeResponse = z.infer<typeof directoryNodeResponseSchema>

export const directoryNodeParams = z.object({ id: z.string().min(1).max(120) })

export const directoryEndpoints = {
  directory: endpoint({ method: 'GET', path: apiPaths.directory, access: 'session', status: 200, response: directoryResponseSchema }),
  addDirectoryNode: endpoint({ method: 'POST', path: apiPaths.directoryNodes, access: 'coordinator', body: newDirectoryNodeSchema, status: 201, response: directoryNodeResponseSchema }),
  changeDirectoryNode: endpoint({ method: 'PATCH', path: apiPaths.directoryNode, access: 'coordinator', params: directoryNodeParams, body: directoryNodePatchSchema, status: 200, response: directoryNodeResponseSchema }),
}
