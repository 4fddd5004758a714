// The unit directory for every screen: names for unit ids and the units of my organization.
// Read live from the device's copy (fetched by the sync engine), so it works offline.
import type { DirectoryNode } from '../../../../shared/units/directory/node'
import type { DirectoryState } from '../../../db/directoryRepository'
import { computed, ref, shallowRef } from 'vue'
import { observeDirectory } from '../../../db/directoryRepository'
import { sharedComposable } from '../../../composables/sharedComposable'
import { indexDirectory, myOrganizationId, unitDisplayName, unitsOfOrganization } from '../model/directoryView'

export const useDirectory = sharedComposable(() => {
  const nodes = shallowRef<DirectoryNode[]>([])
  const state = shallowRef<DirectoryState | null>(null)
  const ready = ref(false)
  const error = ref<unknown>(null)
  observeDirectory((snapshot) => {
    nodes.value = snapshot.nodes
    state.value = snapshot.state
    ready.value = true
  }, (reason) => {
    error.value = reason
    ready.value = true
  })

  const directory = computed(() => indexDirectory(nodes.value))
  /** My organization (as the server told this device), null before the first sync or without a directory. */
  const organizationId = computed(() => state.value?.organizationId ?? myOrganizationId(directory.value, state.value?.unitId))
  /** Units of my organization, in tree order, for pickers and filters (empty: fall back to names from the plans). */
  const myOrganizationUnits = computed(() => unitsOfOrganization(directory.value, organizationId.value))

  /** The name to show for a unit id (the id itself when the directory does not know it). */
  function displayName(unitId: string): string {
    return unitDisplayName(directory.value, unitId)
  }

  return { nodes, state, ready, error, directory, organizationId, myOrganizationUnits, displayName }
})
