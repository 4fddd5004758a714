import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'

export const statusFilters = ['all', 'open', 'todo', 'partial', 'done', 'overdue'] as const
export type StatusFilter = typeof statusFilters[number]

/** What the 计划 screen shows: kept while people open a task and come back. */
export const usePlanFiltersStore = defineStore('planFilters', () => {
  const query = ref('')
  const year = ref<number | null>(null)
  const unit = ref<string | null>(null)
  /** 1..12, or null for every month. */
  const month = ref<number | null>(null)
  const status = ref<StatusFilter>('all')
  /** Plans and chapters folded away, by plan id or `${planId}:${chapter}`. */
  const collapsed = reactive(new Set<string>())

  const active = computed(() => Boolean(query.value.trim()) || year.value !== null || unit.value !== null || month.value !== null || status.value !== 'all')

  function toggle(key: string) {
    if (collapsed.has(key))
      collapsed.delete(key)
    else
      collapsed.add(key)
  }

  function reset() {
    query.value = ''
    year.value = null
    unit.value = null
    month.value = null
    status.value = 'all'
  }

  return { query, year, unit, month, status, collapsed, active, toggle, reset }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(usePlanFiltersStore, import.meta.hot))
