/**
 * Resolves in a later task of the event loop, letting the browser paint and handle a tap in
 * between. Startup work chained with it becomes several short tasks instead of one long one:
 * a slow phone's main thread never stays busy long enough to feel stuck (and Lighthouse counts
 * only the part of each task beyond 50 ms as blocking).
 */
export function nextTask(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, 0))
}
