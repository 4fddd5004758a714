import { computed } from 'vue'
import { unitChoicesOf } from '../model/unitCoverage'
import { usePlanLibrary } from './usePlanLibrary'

/** The units named in the plans on this device, for "my unit" and the unit filter. */
export function useUnitChoices() {
  const library = usePlanLibrary()
  const units = computed(() => unitChoicesOf(library.tasks.value))
  const years = computed(() => [...new Set(library.plans.value.map(p => p.year))].sort((a, b) => b - a))
  return { units, years }
}
