// One uploader per device: tabs of the same app take turns through a Web Lock, so two tabs
// never push the same queue at once. Without Web Locks the server's per-client sequence
// numbers still keep a doubled push harmless; this tab just runs one sync at a time.
export interface UploaderLock {
  run: <T>(work: () => Promise<T>) => Promise<T>
}

export function uploaderLock(name: string, locks: LockManager | undefined = globalThis.navigator?.locks): UploaderLock {
  if (locks)
    return { run: <T>(work: () => Promise<T>) => locks.request(name, { mode: 'exclusive' }, work) as Promise<T> }
  let tail: Promise<unknown> = Promise.resolve()
  return {
    run<T>(work: () => Promise<T>) {
      const result = tail.then(work)
      tail = result.catch(() => {})
      return result
    },
  }
}
