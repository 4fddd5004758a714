// Retry delays after failed syncs: doubling up to a ceiling, with jitter so that a whole
// office of phones coming back online does not retry in lockstep.
export interface BackoffPolicy {
  baseMs: number
  maxMs: number
}

export const defaultBackoff: BackoffPolicy = { baseMs: 2_000, maxMs: 5 * 60_000 }

/** Delay before the next try after `failures` consecutive failures (1 or more). */
export function backoffDelay(failures: number, random: () => number, policy: BackoffPolicy = defaultBackoff): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failures - 1))
  return Math.round(ceiling / 2 + random() * ceiling / 2)
}
