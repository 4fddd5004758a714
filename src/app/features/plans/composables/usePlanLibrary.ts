import type { PlanRow, TaskRow } from '../../../db/schema'
import { computed, ref, shallowRef } from 'vue'
import { ensureBundledPlans, observePlanLibrary } from '../../../db/libraryRepository'
import { sharedComposable } from '../../../composables/sharedComposable'

/** Every plan and task on the device, kept in memory: 10,000 tasks fit, and search and filters need them all. */
export const usePlanLibrary = sharedComposable(() => {
  const plans = shallowRef<PlanRow[]>([])
  const tasks = shallowRef<TaskRow[]>([])
  const ready = ref(false)
  const error = ref<unknown>(null)

  const taskById = computed(() => new Map(tasks.value.map(task => [task.id, task])))
  const planById = computed(() => new Map(plans.value.map(plan => [plan.id, plan])))

  const loadBundled = () => import('virtual:seed-plans').then(module => module.default)

  // Bundled plans are written first (only on the first start of a build), and the library is
  // watched after: a watch during the writes would read every plan again after each one.
  ensureBundledPlans(__APP_BUILD__, loadBundled)
    .catch((reason: unknown) => {
      // Plans already on the device still open; the bundle is tried again next start.
      error.value = reason
    })
    .finally(() => {
      observePlanLibrary((library) => {
        plans.value = library.plans
        tasks.value = library.tasks
        ready.value = true
      }, (reason) => {
        error.value = reason
        ready.value = true
      })
    })

  return { plans, tasks, ready, error, taskById, planById }
})
