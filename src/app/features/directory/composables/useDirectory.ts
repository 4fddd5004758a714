// The unit directory for every screen: names for unit ids and the units of my organization.
// Read live from the device's copy (fetched by the sync engine), so it works offline.
import type { DirectorySnapshot } from '../../../db/directoryRepository'
import { computed } from 'vue'
import { observeDirectory } from '../../../db/directoryRepository'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useLive } from '../../../composables/useLive'
import { indexDirectory, myOrganizationId, unitDisplayName, unitsOfOrganization } from '../model/directoryView'

export const useDirectory = sharedComposable(() => {
  const read = useLive(() => observeDirectory(), { nodes: [], state: null } as DirectorySnapshot)
  const nodes = computed(() => read.data.value.nodes)
  const state = computed(() => read.data.value.state)
  const ready = computed(() => !read.loading.value)

  const directory = computed(() => indexDirectory(nodes.value))
  /** My organization (as the server told this device), null before the first sync or without a directory. */
  const organizationId = computed(() => state.value?.organizationId ?? myOrganizationId(directory.value, state.value?.unitId))
  /** Units of my organization, in tree order, for pickers and filters (empty: fall back to names from the plans). */
  const myOrganizationUnits = computed(() => unitsOfOrganization(directory.value, organizationId.value))

  /** The name to show for a unit id (the id itself when the directory does not know it). */
  function displayName(unitId: string): string {
    return unitDisplayName(directory.value, unitId)
  }

  return { nodes, state, ready, error: read.error, retry: read.retry, directory, organizationId, myOrganizationUnits, displayName }
})
