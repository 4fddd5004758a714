import type { ProgressChange, ProgressSubject } from '../../../db/progressWrites'
import type { ProgressRow, TaskRow } from '../../../db/schema'
import type { ProgressStatus } from '../../../../shared/records/progress'
import { computed, type Ref } from 'vue'
import { prepareProgressWrites, saveProgress } from '../../../db/progressWrites'
import { observeUnitTaskProgress } from '../../../db/unitTaskProgressRead'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { useUndoStore } from '../stores/undo'
import { measureSince } from '../../../utils/perfMarks'
import { useCoverage, usePlanYears, useProgressStates } from '../../plans'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { useLive } from '../../../composables/useLive'

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
  const myProgress = useProgressStates()
  const { isPlanArchived } = usePlanYears()
  const { run, saving } = useSafeWrite()
  prepareProgressWrites()
  const unitShown = computed(() => (session.isCoordinator && viewedUnit.value) || settings.myUnit)
  const showsOtherUnit = computed(() => Boolean(unitShown.value && unitShown.value !== settings.myUnit))
  // Another unit's rows (a coordinator's view from 总览); my unit's come from the shared read.
  const otherUnit = useLive(() => showsOtherUnit.value && unitShown.value && task.value ? observeUnitTaskProgress(unitShown.value, task.value.id) : null, [] as ProgressRow[])
  const otherUnitRows = computed(() => new Map(otherUnit.data.value.map(r => [r.subject, r])))
  // The read behind the boxes shown, so the page shows its failure instead of unticked boxes.
  const error = computed(() => showsOtherUnit.value ? otherUnit.error.value : myProgress.error.value)
  const retry = () => (showsOtherUnit.value ? otherUnit : myProgress).retry()

  /** A past year's plan not reopened by a coordinator: read-only, as the server enforces. */
  const archived = computed(() => Boolean(task.value && isPlanArchived(task.value.planId)))

  /** Ticking needs a unit; the server accepts staff changes only on tasks their unit leads or owns, in a year not archived. */
  const editable = computed(() => {
    const unit = unitShown.value
    return Boolean(unit && task.value && !archived.value && (session.isCoordinator || coverage.value.concerns(task.value, unit)))
  })

  const rowOf = (subject: string): ProgressRow | undefined =>
    (unitShown.value === settings.myUnit ? myProgress.rowBySubject.value : otherUnitRows.value).get(subject)

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
    // The row shown, so the write goes out without reading it first (it is checked as it goes).
    const seen = { before: rowOf(subject) }
    const write = await run(() => saveProgress(target, patch, seen))
    // Durable at the commit itself: the screens' re-reads after it are not part of saving.
    if (write)
      measureSince('kf:progress-durable', started, write.durableAt)
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

  return { unit: unitShown, error, retry, editable, archived, saving, rowOf, setStatus, setNote, setCount }
}
