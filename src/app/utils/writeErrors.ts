import { translate } from '../i18n'

interface ErrorLike {
  name?: string
  inner?: unknown
  cause?: unknown
  message?: string
}

/**
 * A full disk reaches us as QuotaExceededError, either directly or wrapped by Dexie
 * (as `inner`) when it aborted the transaction. Either way nothing of the write was kept.
 */
export function isQuotaExceeded(error: unknown): boolean {
  for (let e = error as ErrorLike | undefined, depth = 0; e && depth < 5; depth++) {
    if (e.name === 'QuotaExceededError')
      return true
    e = (e.inner ?? e.cause) as ErrorLike | undefined
  }
  return false
}

/** Words for the person holding the phone: what happened and that nothing half-done was kept. */
export function describeWriteError(error: unknown): string {
  if (isQuotaExceeded(error))
    return translate('common.quotaExceeded')
  const reason = (error as ErrorLike | undefined)?.message || String(error)
  return translate('common.saveFailed', { reason })
}
