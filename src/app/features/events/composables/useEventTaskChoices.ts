import type { TaskRow } from '../../../db/schema'
import type { EventType } from '../../../../shared/records/eventKinds'
import { eventTypesNamedIn } from '../../../../shared/events/targets'
import { computed, type Ref } from 'vue'
import { useCoverage, usePlanLibrary, useTaskContext, useTaskSearch } from '../../plans'
import { useEventAccess } from './useEventAccess'

const shownResults = 20
const shownSuggestions = 5

export interface TaskChoice {
  id: string
  title: string
  /** Plan year, issuer and number, or the bare id of a task no longer on the device. */
  context: string
}

/** What the event is, for the tasks suggested before anything is typed. */
export interface EventKind {
  type: EventType
  /** The year the event is held in: its plan's tasks are the ones it counts toward. */
  year: number
}

/**
 * Plan tasks an event may be linked to, found by search. Staff may link only tasks their host
 * unit leads or owns (the server refuses others), so only those are offered. Before a word is
 * typed, the host unit's tasks of the event's year that name its kind (开放日 for an open day,
 * 座谈 for a symposium) are suggested: the link that counts it toward the plan's targets.
 */
export function useEventTaskChoices(query: Ref<string>, selected: Ref<string[]>, hostUnit: Ref<string>, kind: Ref<EventKind>) {
  const library = usePlanLibrary()
  const { search } = useTaskSearch()
  const { isCoordinator } = useEventAccess()
  const contextOf = useTaskContext()
  // Through the unit directory once the device holds it, as the server decides.
  const { coverage } = useCoverage()

  const choiceOf = (task: TaskRow): TaskChoice => ({ id: task.id, title: task.title || task.text.slice(0, 40), context: contextOf(task) })
  const linkable = (task: TaskRow) => isCoordinator.value || (hostUnit.value !== '' && coverage.value.concerns(task, hostUnit.value))

  const byPlanOrder = (a: TaskRow, b: TaskRow) => b.year - a.year || a.chapter - b.chapter || a.item - b.item

  const results = computed<TaskChoice[]>(() => {
    const ids = search(query.value)
    if (!ids)
      return []
    const taken = new Set(selected.value)
    return library.tasks.value
      .filter(task => ids.has(task.id) && !taken.has(task.id) && linkable(task))
      .sort(byPlanOrder)
      .slice(0, shownResults)
      .map(choiceOf)
  })

  const suggested = computed<TaskChoice[]>(() => {
    const { type, year } = kind.value
    const taken = new Set(selected.value)
    return library.tasks.value
      .filter(task => task.year === year && !taken.has(task.id) && hostUnit.value !== ''
        && coverage.value.concerns(task, hostUnit.value) && eventTypesNamedIn(`${task.title} ${task.text}`).includes(type))
      .sort(byPlanOrder)
      .slice(0, shownSuggestions)
      .map(choiceOf)
  })

  const chosen = computed<TaskChoice[]>(() => selected.value.map((id) => {
    const task = library.taskById.value.get(id)
    return task ? choiceOf(task) : { id, title: id, context: '' }
  }))

  return { results, suggested, chosen, onlyMyUnit: computed(() => !isCoordinator.value) }
}
