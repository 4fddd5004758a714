import { effectScope } from 'vue'

/**
 * One instance for the whole app: the plan library and the progress roll-up are computed once
 * and shared by every screen instead of again per component. Lives as long as the app.
 */
export function sharedComposable<T>(factory: () => T): () => T {
  let instance: T | undefined
  return () => {
    if (instance === undefined)
      instance = effectScope(true).run(factory) as T
    return instance
  }
}
