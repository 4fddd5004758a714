// The unit directory (单位名录): every signed-in user reads the tree their unit hangs in;
// coordinators maintain their organization's part. There is no public list of units: it would
// name every unit of every organization on the server to anyone who asks.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ServerContext } from '../context'
import { directoryEndpoints } from '../../shared/api/directory'
import { organizationOf, rootOf, subtreeIds } from '../../shared/units/directory'
import { authenticate, requireCoordinator, userOf } from '../auth/authenticate'
import { addDirectoryNode, patchDirectoryNode } from '../directory/maintain'
import { directoryVersion } from '../directory/store'
import { HttpError, parseOrThrow } from '../errors'
import { coordinatorScope } from '../sync/access'
import { route } from './route'

export function registerUnitRoutes(app: FastifyInstance, ctx: ServerContext): void {
  route(app, directoryEndpoints.directory, { preHandler: authenticate(ctx) }, async (request, reply) => {
    void reply.header('Cache-Control', 'no-store')
    await ctx.catalog.refresh(ctx.db)
    const user = userOf(request)
    const directory = ctx.catalog.directory
    const root = ctx.catalog.knows(user.unit) ? rootOf(directory, user.unit) : undefined
    return {
      version: await directoryVersion(ctx.db),
      unitId: user.unit,
      organizationId: root ? organizationOf(directory, user.unit)?.id ?? null : null,
      nodes: root ? subtreeIds(directory, root.id).map(id => directory.nodes.get(id)!) : [],
    }
  })

  const coordinators = { preHandler: requireCoordinator(ctx, '只有协调员可以维护单位名录') }
  async function scopeOf(request: FastifyRequest): Promise<ReadonlySet<string> | null> {
    await ctx.catalog.refresh(ctx.db)
    const scope = coordinatorScope(userOf(request), ctx.catalog)
    if (scope && !ctx.catalog.knows(userOf(request).unit))
      throw new HttpError(403, 'not_in_directory', '您的账号不属于单位名录中的单位，不能维护名录')
    return scope
  }

  route(app, directoryEndpoints.addDirectoryNode, coordinators, async (request) => {
    const input = parseOrThrow(directoryEndpoints.addDirectoryNode.body, request.body, '单位信息')
    const node = await addDirectoryNode(ctx.db, await scopeOf(request), input, ctx.clock())
    request.log.info({ nodeId: node.id, by: userOf(request).id }, 'directory node added')
    return { node }
  })

  route(app, directoryEndpoints.changeDirectoryNode, coordinators, async (request) => {
    const { id } = parseOrThrow(directoryEndpoints.changeDirectoryNode.params, request.params, '路径参数')
    const patch = parseOrThrow(directoryEndpoints.changeDirectoryNode.body, request.body, '单位信息')
    const node = await patchDirectoryNode(ctx.db, await scopeOf(request), id, patch, ctx.clock())
    request.log.info({ nodeId: id, by: userOf(request).id, fields: Object.keys(patch) }, 'directory node changed')
    return { node }
  })
}
