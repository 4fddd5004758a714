import { shallowRef } from 'vue'

/**
 * Photos are shrunk one at a time, for the whole app: decoding several 12 MP photos at once can
 * exhaust a phone's memory, and one after the other the batch shows its progress (2 / 5).
 */
export function createPhotoQueue() {
  const progress = shallowRef<{ done: number, total: number } | null>(null)
  let tail: Promise<unknown> = Promise.resolve()

  function add<T>(work: () => Promise<T>): Promise<T> {
    const current = progress.value ?? { done: 0, total: 0 }
    progress.value = { ...current, total: current.total + 1 }
    const result = tail.then(work).finally(() => {
      const now = progress.value!
      progress.value = now.done + 1 === now.total ? null : { ...now, done: now.done + 1 }
    })
    tail = result.catch(() => {})
    return result
  }

  return { progress, add }
}

export const photoQueue = createPhotoQueue()
