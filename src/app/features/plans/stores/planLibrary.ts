import { acceptHMRUpdate, defineStore } from 'pinia'
import type { PlanLibrary } from '../../../db/libraryRepository'
import { computed, ref, watch } from 'vue'
import { ensureBundledPlans, observeOpeningYear, observePlanLibrary } from '../../../db/libraryRepository'
import { useLive } from '../../../composables/useLive'
import { afterNextFrame } from '../../../utils/afterNextFrame'
import { shanghaiYear } from '../../../../shared/calendar'
import { useDirectory } from '../../directory'
import { plansReachingMe } from '../model/planReach'

const nothingRead: PlanLibrary = { plans: [], tasks: [] }

/**
 * Every plan and task on the device that concerns me, kept in memory: 10,000 tasks fit, and
 * search and filters need them all. Once the directory is on the device, only plans that reach
 * my organization (planReachesOrganization); before the first sync, every plan as before.
 * The year screens open on is read first (`yearReady`), every plan after the frame that shows it
 * (`ready`): until then `plans` and `tasks` hold that year's only.
 */
export const usePlanLibraryStore = defineStore('planLibrary', () => {
  const bundleSettled = ref(false)
  /** Why storing the bundled plans failed: plans already on the device still open; the bundle is tried again next start. */
  const bundleError = ref<unknown>(null)
  const wholeWanted = ref(false)
  const library = useLive(() => wholeWanted.value ? observePlanLibrary() : null, nothingRead)
  const ready = computed(() => wholeWanted.value && !library.loading.value)
  // Bundled plans are written first (only on the first start of a build), and the library is
  // watched after: a watch during the writes would read every plan again after each one.
  const openingYear = useLive(() => bundleSettled.value && !ready.value ? observeOpeningYear(shanghaiYear()) : null, nothingRead)
  // Every other year waits for the frame that shows the opening one: copying them out of IndexedDB would hold its paint.
  watch(() => openingYear.data.value !== nothingRead || openingYear.error.value, answered => answered && afterNextFrame(() => (wholeWanted.value = true)))
  const held = computed(() => ready.value ? library.data.value : openingYear.data.value)

  const { directory, organizationId, state } = useDirectory()
  const reached = computed(() => plansReachingMe(held.value.plans, directory.value, organizationId.value, state.value?.unitId))
  const plans = computed(() => reached.value ? held.value.plans.filter(plan => reached.value!.has(plan.id)) : held.value.plans)
  const tasks = computed(() => reached.value ? held.value.tasks.filter(task => reached.value!.has(task.planId)) : held.value.tasks)
  // The opening year's plans are the year screens open on only if one of them reaches me (or the
  // device holds none): otherwise the whole library decides, as the year is that of my plans.
  const yearReady = computed(() => ready.value || (openingYear.data.value !== nothingRead && (plans.value.length > 0 || !held.value.plans.length)))

  const taskById = computed(() => new Map(tasks.value.map(task => [task.id, task])))
  const planById = computed(() => new Map(plans.value.map(plan => [plan.id, plan])))

  const loadBundled = () => import('virtual:seed-plans').then(module => module.default)

  ensureBundledPlans(__APP_BUILD__, loadBundled)
    .catch((reason: unknown) => {
      bundleError.value = reason
    })
    .finally(() => {
      bundleSettled.value = true
    })

  return { plans, tasks, yearReady, ready, error: library.error, retry: library.retry, bundleError, taskById, planById }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(usePlanLibraryStore, import.meta.hot))
