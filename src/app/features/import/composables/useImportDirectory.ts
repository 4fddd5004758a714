import type { DirectoryNode } from '../../../../shared/units/directory/node'
import { computed } from 'vue'
import { useDirectory } from '../../directory'
import { useUnitChoices } from '../../plans'
import { useSessionStore } from '../../../stores/session'
import { importOwner } from '../model/planOwner'
import { directoryOfKnownUnits } from '../model/unitDirectory'

export interface ImportDirectory {
  /** The units a plan's names are matched to; `written`: the names the plan uses. */
  nodes: (written: string[]) => DirectoryNode[]
  /** The node the plan will belong to (see importOwner); null without a directory on the device. */
  ownerOf: (issuer: string) => string | null
  nameOf: (id: string) => string
}

/**
 * The directory the import maps units to: my organization and its units from the unit directory
 * (单位名录). A device that has not fetched the directory yet (never synced) falls back to the
 * units the plans on it name and the signed-in user's own, so an offline first import still maps.
 */
export function useImportDirectory(): ImportDirectory {
  const { units } = useUnitChoices()
  const session = useSessionStore()
  const { directory, organizationId, myOrganizationUnits } = useDirectory()
  const known = computed(() => [...(session.user?.unit ? [session.user.unit] : []), ...units.value])
  return {
    nodes(written) {
      const organization = organizationId.value ? directory.value.nodes.get(organizationId.value) : undefined
      if (organization)
        return [organization, ...myOrganizationUnits.value.filter(node => node.id !== organization.id)]
      return directoryOfKnownUnits(known.value, written)
    },
    ownerOf: issuer => importOwner(directory.value, organizationId.value, issuer),
    nameOf: id => directory.value.nodes.get(id)?.name ?? id,
  }
}
