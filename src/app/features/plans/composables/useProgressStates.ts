import type { ProgressRow } from '../../../db/schema'
import { computed, shallowRef, watch } from 'vue'
import { observeProgress } from '../../../db/progressRepository'
import { useSettingsStore } from '../../../stores/settings'
import { statesOf } from '../../../../shared/plan/rollup'
import { sharedComposable } from '../../../composables/sharedComposable'

/** My unit's progress rows (everyone's when no unit is chosen), kept current as they change. */
export const useProgressStates = sharedComposable(() => {
  const settings = useSettingsStore()
  const rows = shallowRef<ProgressRow[]>([])
  const error = shallowRef<unknown>(null)
  let stop: (() => void) | null = null

  watch(() => settings.myUnit, (unit) => {
    stop?.()
    stop = observeProgress(unit, (next) => {
      rows.value = next
    }, (reason) => {
      error.value = reason
    })
  }, { immediate: true })

  const states = computed(() => statesOf(rows.value))
  /** This unit's own row per subject, for the checklist screen. */
  const rowBySubject = computed(() => new Map(rows.value.filter(r => r.unit === settings.myUnit).map(r => [r.subject, r])))

  return { rows, states, rowBySubject, error }
})
