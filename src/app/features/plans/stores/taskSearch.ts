import { acceptHMRUpdate, defineStore } from 'pinia'
import type { TaskRow } from '../../../db/schema'
import { shallowRef, watch } from 'vue'
import { BigramIndex } from '../model/bigramIndex'
import { measureSince } from '../../../utils/perfMarks'
import { whenIdle } from '../../../utils/whenIdle'
import { usePlanLibrary } from '../composables/usePlanLibrary'

/** Everything a person might search a task by: its title, text, checklist and units. */
function searchableText(task: TaskRow): string {
  return [task.title, task.text, ...task.checklist.map(item => item.text), ...task.units].join('\n')
}

/** Full-text search over every task on the device; the index builds in idle slices after the list shows. */
export const useTaskSearchStore = defineStore('taskSearch', () => {
  const library = usePlanLibrary()
  const current = shallowRef<{ index: BigramIndex, tasks: TaskRow[] }>()

  watch(library.tasks, (tasks) => {
    const index = new BigramIndex(i => searchableText(tasks[i]), tasks.length)
    current.value = { index, tasks }
    const step = () => {
      if (current.value?.index === index && !index.indexFor(6))
        whenIdle(step)
    }
    whenIdle(step)
  }, { immediate: true })

  /** Ids of matching tasks, or null when the query is empty (no search active). */
  function search(query: string): Set<string> | null {
    if (!query.trim() || !current.value)
      return null
    const started = performance.now()
    const { index, tasks } = current.value
    const ids = new Set(index.search(query).map(i => tasks[i].id))
    measureSince('kf:search', started)
    return ids
  }

  return { search }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useTaskSearchStore, import.meta.hot))
