import type { TaskRow } from '../../../db/schema'
import { computed, type Ref } from 'vue'
import { useCoverage, usePlanLibrary, useTaskContext, useTaskSearch } from '../../plans'
import { useEventAccess } from './useEventAccess'

const shownResults = 20

export interface TaskChoice {
  id: string
  title: string
  /** Plan year, issuer and number, or the bare id of a task no longer on the device. */
  context: string
}

/**
 * Plan tasks an event may be linked to, found by search. Staff may link only tasks their host
 * unit leads or owns (the server refuses others), so only those are offered.
 */
export function useEventTaskChoices(query: Ref<string>, selected: Ref<string[]>, hostUnit: Ref<string>) {
  const library = usePlanLibrary()
  const { search } = useTaskSearch()
  const { isCoordinator } = useEventAccess()
  const contextOf = useTaskContext()
  // Through the unit directory once the device holds it, as the server decides.
  const { coverage } = useCoverage()

  const choiceOf = (task: TaskRow): TaskChoice => ({ id: task.id, title: task.title || task.text.slice(0, 40), context: contextOf(task) })
  const linkable = (task: TaskRow) => isCoordinator.value || (hostUnit.value !== '' && coverage.value.concerns(task, hostUnit.value))

  const results = computed<TaskChoice[]>(() => {
    const ids = search(query.value)
    if (!ids)
      return []
    const taken = new Set(selected.value)
    return library.tasks.value
      .filter(task => ids.has(task.id) && !taken.has(task.id) && linkable(task))
      .sort((a, b) => b.year - a.year || a.chapter - b.chapter || a.item - b.item)
      .slice(0, shownResults)
      .map(choiceOf)
  })

  const chosen = computed<TaskChoice[]>(() => selected.value.map((id) => {
    const task = library.taskById.value.get(id)
    return task ? choiceOf(task) : { id, title: id, context: '' }
  }))

  return { results, chosen, onlyMyUnit: computed(() => !isCoordinator.value) }
}
