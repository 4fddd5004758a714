// Which plans concern an organization: the device lists only these once it holds the directory,
// so a district's staff never see a city bureau's plans that name none of the district's units.
import { planOwnerOf, type PlanUnitsSource, resolvePlanUnits } from './planUnits'
import { ancestorsOf, type Directory, isWithin, organizationOf } from './tree'

export interface Reader {
  /** My organization (organizationOf my unit). */
  organizationId: string
  /** My unit, when known: a plan its ancestors issue reaches it too. */
  unitId?: string | null
}

/**
 * Whether a plan reaches an organization: its owner is in the organization's tree or above my
 * unit (the district's plan reaches a district bureau), or it names a unit that belongs to the
 * organization (a city plan's task for 区生态环境局 reaches that bureau, not the whole district:
 * the bureau is its own organization). A plan whose owner the directory does not know and that
 * names none of the organization's units does not reach it.
 */
export function planReachesOrganization(directory: Directory, plan: PlanUnitsSource, reader: Reader): boolean {
  const { organizationId } = reader
  if (!directory.nodes.has(organizationId))
    return false
  const owner = plan.owner ?? planOwnerOf(directory, plan)
  if (owner) {
    if (directory.nodes.has(owner) && isWithin(directory, owner, organizationId))
      return true
    const above = ancestorsOf(directory, reader.unitId && directory.nodes.has(reader.unitId) ? reader.unitId : organizationId)
    if (above.some(node => node.id === owner))
      return true
  }
  // A plan with a stored owner carries its confirmed unit map: only that says whom it names. A
  // phone holds only its own organization's part of the directory, so looking another
  // organization's names up there would find namesakes (a bureau's 局办公室 is not the city's).
  const named = plan.owner ? Object.values(plan.unitMap ?? {}) : Object.values(resolvePlanUnits(directory, plan).unitMap)
  return named.some(id => id === organizationId || organizationOf(directory, id)?.id === organizationId)
}
