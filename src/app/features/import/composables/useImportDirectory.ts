import { computed } from 'vue'
import { useUnitChoices } from '../../plans'
import { useSessionStore } from '../../../stores/session'
import { directoryOfKnownUnits } from '../model/unitDirectory'

/**
 * The directory the import maps units to: today the units of the plans on this device and the
 * signed-in user's own. When the app holds the unit directory, return its nodes here instead.
 */
export function useImportDirectory() {
  const { units } = useUnitChoices()
  const session = useSessionStore()
  const known = computed(() => [...(session.user?.unit ? [session.user.unit] : []), ...units.value])
  return (written: string[]) => directoryOfKnownUnits(known.value, written)
}
