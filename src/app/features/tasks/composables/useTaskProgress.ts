import type { ProgressChange, ProgressSubject } from '../../../db/progressRepository'
import type { ProgressRow, TaskRow } from '../../../db/schema'
import type { ProgressStatus } from '../../../../shared/records/progress'
import { computed, onScopeDispose, type Ref, shallowRef, watch } from 'vue'
import { observeProgress, saveProgress } from '../../../db/progressRepository'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { useUndoStore } from '../stores/undo'
import { measureSince } from '../../../utils/perfMarks'
import { useCoverage, usePlanYears, useProgressStates } from '../../plans'
import { useSafeWrite } from '../../../composables/useSafeWrite'

/**
 * One unit's progress on one task's checklist items and targets, and the writes that change it:
 * my unit's, or for a coordinator the unit they opened the task for (from 总览), so what they see
 * and tick is that unit's state, not their own unit's.
 */
export function useTaskProgress(task: Ref<TaskRow | undefined>, viewedUnit: Ref<string | null> = computed(() => null)) {
  const settings = useSettingsStore()
  const session = useSessionStore()
  const undo = useUndoStore()
  // Through the unit directory once the device holds it, as the server decides.
  const { coverage } = useCoverage()
  const { rowBySubject } = useProgressStates()
  const { isPlanArchived } = usePlanYears()
  const { run, saving } = useSafeWrite()
  const unitShown = computed(() => (session.isCoordinator && viewedUnit.value) || settings.myUnit)
  const otherUnitRows = shallowRef<Map<string, ProgressRow>>(new Map())
  let stop: (() => void) | null = null
  watch(unitShown, (unit) => {
    stop?.()
    stop = null
    otherUnitRows.value = new Map()
    if (unit && unit !== settings.myUnit) {
      stop = observeProgress(unit, (rows) => {
        otherUnitRows.value = new Map(rows.map(r => [r.subject, r]))
      }, () => {})
    }
  }, { immediate: true })
  onScopeDispose(() => stop?.())

  /** A past year's plan not reopened by a coordinator: read-only, as the server enforces. */
  const archived = computed(() => Boolean(task.value && isPlanArchived(task.value.planId)))

  /** Ticking needs a unit; the server accepts staff changes only on tasks their unit leads or owns, in a year not archived. */
  const editable = computed(() => {
    const unit = unitShown.value
    return Boolean(unit && task.value && !archived.value && (session.isCoordinator || coverage.value.concerns(task.value, unit)))
  })

  const rowOf = (subject: string): ProgressRow | undefined =>
    (unitShown.value === settings.myUnit ? rowBySubject.value : otherUnitRows.value).get(subject)

  function targetOf(subject: string): ProgressSubject | null {
    const unit = unitShown.value
    if (!unit || !task.value)
      return null
    return { unit, planId: task.value.planId, taskId: task.value.id, subject }
  }

  async function change(subject: string, patch: ProgressChange) {
    const target = targetOf(subject)
    if (!target)
      return undefined
    const started = performance.now()
    const write = await run(() => saveProgress(target, patch))
    if (write)
      measureSince('kf:progress-durable', started)
    return write
  }

  async function setStatus(subject: string, status: ProgressStatus, label: string) {
    const target = targetOf(subject)
    const write = await change(subject, { status })
    if (write && target)
      undo.remember({ target, before: write.before?.status ?? 'todo', after: status, label })
  }

  const setNote = (subject: string, note: string) => change(subject, { note })
  const setCount = (subject: string, count: number) => change(subject, { count })

  return { unit: unitShown, editable, archived, saving, rowOf, setStatus, setNote, setCount }
}
