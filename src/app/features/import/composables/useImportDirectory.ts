import { computed } from 'vue'
import { useDirectory } from '../../directory'
import { useUnitChoices } from '../../plans'
import { useSessionStore } from '../../../stores/session'
import { directoryOfKnownUnits } from '../model/unitDirectory'

/**
 * The directory the import maps units to: my organization and its units from the unit directory
 * (单位名录). A device that has not fetched the directory yet (never synced) falls back to the
 * units the plans on it name and the signed-in user's own, so an offline first import still maps.
 */
export function useImportDirectory() {
  const { units } = useUnitChoices()
  const session = useSessionStore()
  const { directory, organizationId, myOrganizationUnits } = useDirectory()
  const known = computed(() => [...(session.user?.unit ? [session.user.unit] : []), ...units.value])
  return (written: string[]) => {
    const organization = organizationId.value ? directory.value.nodes.get(organizationId.value) : undefined
    if (organization)
      return [organization, ...myOrganizationUnits.value]
    return directoryOfKnownUnits(known.value, written)
  }
}
