/** Runs work when the browser is idle (or soon, where it has no idle callbacks: Safari). */
export function whenIdle(run: () => void, timeoutMs = 500): void {
  if ('requestIdleCallback' in globalThis)
    requestIdleCallback(run, { timeout: timeoutMs })
  else
    setTimeout(run, 16)
}
