import { acceptHMRUpdate, defineStore } from 'pinia'
import type { ProgressRow, TaskRow } from '../../../db/schema'
import { computed, ref, shallowRef, watch } from 'vue'
import { observeProgress } from '../../../db/progressRepository'
import { useCoverage, usePlanLibrary, usePlanYears, useUnitChoices } from '../../plans'
import { overviewOf, tasksOfUnit } from '../../../../shared/plan/rollup/units'
import { combinedRead, useLive } from '../../../composables/useLive'
import { comparePinyin } from '../../../../shared/order'

export type OverviewView = 'units' | 'overdue' | 'chapters'
export type UnitSortKey = 'unit' | 'share' | 'overdue'
export interface UnitSort {
  key: UnitSortKey
  descending: boolean
}

/** A catch-up pull writes progress in many small chunks: the overview follows at most this often. */
const refreshMs = 500

/**
 * The coordinator overview of every unit's synced progress, for one year and optionally one
 * plan. Shared, so the unit screens keep the scope, view and order chosen on the overview.
 */
export const useOverviewStore = defineStore('overview', () => {
  const library = usePlanLibrary()
  const rows = shallowRef<ProgressRow[]>([])
  const rowsRead = ref(false)
  const planYears = usePlanYears()
  const { today } = planYears
  const started = ref(false)
  const progress = useLive(() => started.value ? observeProgress(null) : null, [] as ProgressRow[])
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(progress.data, () => {
    timer ??= setTimeout(() => {
      timer = undefined
      rows.value = progress.data.value
      rowsRead.value = true
    }, rowsRead.value ? refreshMs : 0)
  })

  /** Starts reading every unit's progress rows; only coordinators' screens ask for them. */
  function start(): void {
    started.value = true
  }

  const years = computed(() => [...new Set(library.plans.value.map(plan => plan.year))].sort((a, b) => b - a))
  const planId = ref<string | null>(null)
  const chosenYear = ref<number | null>(null)
  const year = computed<number | null>({
    // The current year (Shanghai's), or while it has no plan the latest year before it.
    get: () => chosenYear.value ?? (years.value.length ? planYears.focusYear.value : null),
    set: (next) => {
      chosenYear.value = next
      planId.value = null
    },
  })
  const plans = computed(() => library.plans.value.filter(plan => plan.year === year.value)
    .sort((a, b) => comparePinyin(a.issuer, b.issuer) || comparePinyin(a.title, b.title)))
  // A plan removed by a sync leaves the choice to every plan of the year, not to nothing.
  watch(plans, (shown) => {
    if (planId.value && !shown.some(plan => plan.id === planId.value))
      planId.value = null
  })
  const shownPlans = computed(() => plans.value.filter(plan => planId.value === null || plan.id === planId.value))

  const scopedTasks = computed<TaskRow[]>(() => shownPlans.value.flatMap(plan => plan.taskRows))
  // My organization's units once the directory is on the device, else the names the plans use.
  const { units } = useUnitChoices()
  const { coverage } = useCoverage()

  const overview = computed(() => {
    const { keyOf, coverageIndex } = coverage.value
    return overviewOf({ tasks: scopedTasks.value, rows: rows.value, units: units.value, issuerOf: keyOf, coverageIndex, clock: planYears.clock.value })
  })
  const ready = computed(() => library.ready.value && rowsRead.value)
  // Every unit's figures stand on both reads: either failing is shown, not a table of zeros.
  const read = combinedRead([progress, library])

  const view = ref<OverviewView>('units')
  const sort = ref<UnitSort>({ key: 'unit', descending: false })
  const sortedUnits = computed(() => {
    const { key, descending } = sort.value
    const listed = overview.value.units
    if (key === 'unit')
      return descending ? [...listed].reverse() : listed
    const sign = descending ? -1 : 1
    // Ties keep the unit order, so equal rows never jump around between taps.
    return listed.map((unit, order) => ({ unit, order }))
      .sort((a, b) => sign * (a.unit[key] - b.unit[key]) || a.order - b.order)
      .map(entry => entry.unit)
  })

  /** One unit's tasks in the chosen scope, with its own progress on each. */
  const unitTasks = (unit: string) => tasksOfUnit(scopedTasks.value, unit, rows.value, coverage.value.covers, planYears.clock.value)
  /** Whether the chosen year's figures are final: every plan shown is archived. */
  const archived = computed(() => year.value !== null && planYears.isYearArchived(year.value))

  return { start, ready, error: read.error, retry: read.retry, years, year, planId, plans, shownPlans, overview, view, sort, sortedUnits, unitTasks, today, archived, currentYear: planYears.currentYear }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useOverviewStore, import.meta.hot))
