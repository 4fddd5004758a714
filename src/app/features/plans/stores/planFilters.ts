import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, reactive, ref } from 'vue'

export const statusFilters = ['all', 'open', 'todo', 'partial', 'done', 'overdue'] as const
export type StatusFilter = typeof statusFilters[number]

/**
 * What the 计划 screen shows: kept while people open a task and come back. It opens on the
 * current year and, for staff, on their own unit's tasks (`openOn`); every other year and unit
 * stays one choice away, and "clear filters" comes back to that opening view.
 */
export const usePlanFiltersStore = defineStore('planFilters', () => {
  const query = ref('')
  const year = ref<number | null>(null)
  const unit = ref<string | null>(null)
  /** 1..12, or null for every month. */
  const month = ref<number | null>(null)
  const status = ref<StatusFilter>('all')
  /** Plans and chapters the person opened (true) or folded (false); the others follow the tree's default. */
  const folds = reactive(new Map<string, boolean>())
  /** The opening view, once known (the plans are read and the year decided). */
  const opening = ref<{ year: number | null, unit: string | null } | null>(null)

  const active = computed(() => Boolean(query.value.trim()) || year.value !== (opening.value?.year ?? null)
    || unit.value !== (opening.value?.unit ?? null) || month.value !== null || status.value !== 'all')

  /** Opens a folded plan or chapter, or folds an open one, and keeps it so whatever the filters do. */
  function toggle(key: string, expanded: boolean) {
    folds.set(key, !expanded)
  }

  function reset() {
    query.value = ''
    year.value = opening.value?.year ?? null
    unit.value = opening.value?.unit ?? null
    month.value = null
    status.value = 'all'
  }

  /** Sets the opening view the first time it is known; later calls change nothing the person chose. */
  function openOn(view: { year: number | null, unit: string | null }) {
    if (opening.value)
      return
    opening.value = view
    year.value = view.year
    unit.value = view.unit
  }

  return { query, year, unit, month, status, folds, opening, active, toggle, reset, openOn }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(usePlanFiltersStore, import.meta.hot))
