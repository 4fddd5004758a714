import { computed } from 'vue'
import { useDirectory } from '../../directory'
import { unitChoicesOf } from '../model/unitCoverage'
import { usePlanLibrary } from './usePlanLibrary'

/**
 * The units to choose from for "my unit", the unit filter and pickers: my organization's units
 * (node ids, in directory order) once the device holds the unit directory; until then, the units
 * named in the plans on this device.
 */
export function useUnitChoices() {
  const library = usePlanLibrary()
  const directory = useDirectory()
  const units = computed(() => directory.myOrganizationUnits.value.length
    ? directory.myOrganizationUnits.value.map(node => node.id)
    : unitChoicesOf(library.tasks.value))
  const years = computed(() => [...new Set(library.plans.value.map(p => p.year))].sort((a, b) => b - a))
  return { units, years }
}
