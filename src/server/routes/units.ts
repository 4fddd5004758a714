// The units people can belong to (public, by name) and the unit directory (单位名录): every
// signed-in user reads the tree their unit hangs in; coordinators maintain their organization's part.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ServerContext } from '../context'
import { collectUnits, normalizeUnitName, unitKindOf, type UnitKind } from '../../shared/units'
import { directoryEndpoints } from '../../shared/api/directory'
import { organizationOf, rootOf, subtreeIds } from '../../shared/units/directory'
import { authenticate, requireCoordinator, userOf } from '../auth/authenticate'
import { distinctUserUnits } from '../auth/users'
import { addDirectoryNode, patchDirectoryNode } from '../directory/maintain'
import { directoryVersion } from '../directory/store'
import { HttpError, parseOrThrow } from '../errors'
import { coordinatorScope } from '../sync/access'
import { route } from './route'

export function registerUnitRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // Public: unit names come from published plans, and a first-run screen may need them before sign-in.
  route(app, directoryEndpoints.units, {}, async () => {
    await ctx.catalog.refresh(ctx.db)
    const units = new Map<string, UnitKind>()
    for (const { name, kind } of collectUnits(ctx.catalog.records()))
      units.set(name, kind)
    for (const unit of await distinctUserUnits(ctx.db)) {
      if (!units.has(normalizeUnitName(unit)) && !units.has(unit))
        units.set(unit, unitKindOf(unit))
    }
    return { units: [...units].map(([name, kind]) => ({ name, kind })) }
  })

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

  const coordinators = { preHandler: requireCoordinator(ctx) }
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
