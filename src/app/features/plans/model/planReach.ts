import type { PlanRow } from '../../../db/schema'
import type { Directory } from '../../../../shared/units/directory/tree'
import { planReachesOrganization } from '../../../../shared/units/directory/planReach'

/**
 * The ids of the plans that reach my organization, or null while the device has no directory
 * (never synced, or a server without one): then every plan is listed, as before the directory.
 */
export function plansReachingMe(plans: readonly PlanRow[], directory: Directory, organizationId: string | null, unitId?: string | null): Set<string> | null {
  if (!organizationId || !directory.nodes.has(organizationId))
    return null
  const reader = { organizationId, unitId }
  return new Set(plans.filter(plan => planReachesOrganization(directory, { ...plan, tasks: plan.taskRows }, reader)).map(plan => plan.id))
}
