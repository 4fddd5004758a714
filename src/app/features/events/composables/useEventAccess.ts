import type { EventRow } from '../../../db/schema'
import { computed } from 'vue'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'

/**
 * Who is recording and what they may change: staff write their own unit's events (the server
 * enforces it), coordinators every unit's. A phone not signed in records for the unit chosen on it.
 */
export function useEventAccess() {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const myUnit = computed(() => settings.myUnit)
  const isCoordinator = computed(() => session.isCoordinator)

  const authorId = () => session.user?.id ?? ''
  const canEdit = (event: Pick<EventRow, 'unit'> | null | undefined) =>
    Boolean(event && (isCoordinator.value || (myUnit.value && event.unit === myUnit.value)))

  return { myUnit, isCoordinator, authorId, canEdit }
}
