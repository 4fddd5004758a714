// Which directory node an imported plan belongs to (its `owner`): the node its issuer names when
// that lies in my organization, else my organization itself. A coordinator imports for their own
// organization, and the owner decides who reads the plan (its tree) and whom 各部门 means.
import { planOwnerOf } from '../../../../shared/units/directory/planUnits'
import { type Directory, isWithin } from '../../../../shared/units/directory/tree'

/** Null when the device has no directory yet: the plan is saved without an owner, as before. */
export function importOwner(directory: Directory, organizationId: string | null, issuer: string): string | null {
  if (!organizationId || !directory.nodes.has(organizationId))
    return null
  const issuing = planOwnerOf(directory, { issuer })
  return issuing && isWithin(directory, issuing, organizationId) ? issuing : organizationId
}
