/** Runs work when the browser is idle (or soon, where it has no idle callbacks: Safari). Returns a cancel. */
export function whenIdle(run: () => void, timeoutMs = 500): () => void {
  if ('requestIdleCallback' in globalThis) {
    const handle = requestIdleCallback(run, { timeout: timeoutMs })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(run, 16)
  return () => clearTimeout(handle)
}
