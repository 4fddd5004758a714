// The units people can belong to: those the plans name plus those accounts already have.
import type { FastifyInstance } from 'fastify'
import type { ServerContext } from '../context'
import { collectUnits, normalizeUnitName, unitKindOf, type UnitKind } from '../../shared/units'
import { distinctUserUnits } from '../auth/users'

export function registerUnitRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // Public: unit names come from published plans, and a first-run screen may need them before sign-in.
  app.get('/api/units', async () => {
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
}
