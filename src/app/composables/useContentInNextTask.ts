import { onBeforeUnmount, type Ref, shallowRef } from 'vue'

/**
 * Turns true in the task after the screen's setup: a tab screen renders its header with the route
 * and its content (filters, buttons, the list or its spinner) a task later. On a first visit the
 * route's commit, the tab bar and the whole screen in one task were Lighthouse's longest task at
 * 4× CPU; in two, each is shorter and the browser may paint or handle a tap in between. Kept-alive
 * tabs run this once, so a second visit shows everything at once.
 */
export function useContentInNextTask(): Readonly<Ref<boolean>> {
  const shown = shallowRef(false)
  const timer = setTimeout(() => (shown.value = true))
  onBeforeUnmount(() => clearTimeout(timer))
  return shown
}
