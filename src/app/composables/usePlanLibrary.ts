import type { PlanRow, TaskRow } from '../db/schema'
import { computed, ref, shallowRef } from 'vue'
import { ensureBundledPlans, observePlanLibrary, type PlanLibrary } from '../db/libraryRepository'
import { sharedComposable } from './sharedComposable'

/** Every plan and task on the device, kept in memory: 10,000 tasks fit, and search and filters need them all. */
export const usePlanLibrary = sharedComposable(() => {
  const plans = shallowRef<PlanRow[]>([])
  const tasks = shallowRef<TaskRow[]>([])
  const ready = ref(false)
  const error = ref<unknown>(null)
  let seedsSettled = false
  let latest: PlanLibrary | null = null

  const taskById = computed(() => new Map(tasks.value.map(task => [task.id, task])))
  const planById = computed(() => new Map(plans.value.map(plan => [plan.id, plan])))

  const loadBundled = () => import('virtual:seed-plans').then(module => module.default)

  function publish(library: PlanLibrary) {
    plans.value = library.plans
    tasks.value = library.tasks
    ready.value = true
  }

  // The read starts at once, alongside the bundled-plans check, so a normal start waits for
  // neither in turn. While bundled plans are being written plan by plan, reads are held back:
  // screens, roll-ups and the search index update once, not once per plan.
  observePlanLibrary((library) => {
    latest = library
    if (seedsSettled)
      publish(library)
  }, (reason) => {
    error.value = reason
    ready.value = true
  })

  ensureBundledPlans(__APP_BUILD__, loadBundled)
    .then(() => {
      // The newest read so far; a read still running after the last write publishes itself.
      seedsSettled = true
      if (latest)
        publish(latest)
    }, (reason: unknown) => {
      // Plans already on the device still open; the bundle is tried again next start.
      error.value = reason
      seedsSettled = true
      if (latest)
        publish(latest)
    })

  return { plans, tasks, ready, error, taskById, planById }
})
