import type { PlanLibrary } from '../../../db/libraryRepository'
import { computed, ref } from 'vue'
import { ensureBundledPlans, observePlanLibrary } from '../../../db/libraryRepository'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useLive } from '../../../composables/useLive'
import { useDirectory } from '../../directory'
import { plansReachingMe } from '../model/planReach'

/**
 * Every plan and task on the device that concerns me, kept in memory: 10,000 tasks fit, and
 * search and filters need them all. Once the directory is on the device, only plans that reach
 * my organization (planReachesOrganization); before the first sync, every plan as before.
 */
export const usePlanLibrary = sharedComposable(() => {
  const bundleSettled = ref(false)
  /** Why storing the bundled plans failed: plans already on the device still open; the bundle is tried again next start. */
  const bundleError = ref<unknown>(null)
  // Bundled plans are written first (only on the first start of a build), and the library is
  // watched after: a watch during the writes would read every plan again after each one.
  const library = useLive(() => bundleSettled.value ? observePlanLibrary() : null, { plans: [], tasks: [] } as PlanLibrary)
  const held = computed(() => library.data.value.plans)
  const heldTasks = computed(() => library.data.value.tasks)
  const ready = computed(() => bundleSettled.value && !library.loading.value)

  const { directory, organizationId, state } = useDirectory()
  const reached = computed(() => plansReachingMe(held.value, directory.value, organizationId.value, state.value?.unitId))
  const plans = computed(() => reached.value ? held.value.filter(plan => reached.value!.has(plan.id)) : held.value)
  const tasks = computed(() => reached.value ? heldTasks.value.filter(task => reached.value!.has(task.planId)) : heldTasks.value)

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

  return { plans, tasks, ready, error: library.error, retry: library.retry, bundleError, taskById, planById }
})
