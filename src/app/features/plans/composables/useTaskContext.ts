import type { TaskRow } from '../../../db/schema'
import { useI18n } from '../../../i18n'
import { usePlanLibrary } from './usePlanLibrary'

/** A one-line "where is this task" label: the plan's year and issuer and the task's number. */
export function useTaskContext() {
  const { t } = useI18n()
  const { planById } = usePlanLibrary()
  return (task: TaskRow): string => {
    const plan = planById.value.get(task.planId)
    const numbered = t('task.numbered', { chapter: task.chapter, item: task.item })
    return plan ? `${plan.year} ${plan.issuer} · ${numbered}` : numbered
  }
}
