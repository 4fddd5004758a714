import type { ProgressRow } from '../../../db/schema'
import { computed } from 'vue'
import { observeProgress } from '../../../db/progressRepository'
import { useSettingsStore } from '../../../stores/settings'
import { statesOf } from '../../../../shared/plan/rollup'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useLive } from '../../../composables/useLive'

/** My unit's progress rows (everyone's when no unit is chosen), kept current as they change. */
export const useProgressStates = sharedComposable(() => {
  const settings = useSettingsStore()
  const { data: rows, error, retry } = useLive(() => observeProgress(settings.myUnit), [] as ProgressRow[])

  const states = computed(() => statesOf(rows.value))
  /** This unit's own row per subject, for the checklist screen. */
  const rowBySubject = computed(() => new Map(rows.value.filter(r => r.unit === settings.myUnit).map(r => [r.subject, r])))

  return { rows, states, rowBySubject, error, retry }
})
