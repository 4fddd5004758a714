// Per-field last-writer-wins. A field's stamp is the device time corrected for that
// device's clock skew; equal times fall back to the client id so every replica agrees.
export interface Stamp {
  t: number
  c: string
  /** The mutation's sequence number: one device's edits within the same millisecond keep their order. */
  s?: number
}

export function isNewer(a: Stamp, b: Stamp): boolean {
  if (a.t !== b.t)
    return a.t > b.t
  return a.c !== b.c ? a.c > b.c : (a.s ?? 0) > (b.s ?? 0)
}

/**
 * Device time moved onto the server's clock, using the offset seen when the push arrived, and
 * never later than that arrival: a change cannot have been made after the server received it,
 * so a clock run ahead (or a forged `at` or `sentAt`) cannot make a change beat later edits.
 * Only the stamp is capped; the record keeps the phone's own times for display.
 */
export function correctedTime(at: number, sentAt: number, receivedAt: number): number {
  return Math.min(at + (receivedAt - sentAt), receivedAt)
}

export interface StampedRecord {
  data: Record<string, unknown>
  stamps: Record<string, Stamp>
  deleted: boolean
}

export interface LostValue {
  field: string
  value: unknown
  stamp: Stamp
}

export interface MergeOutcome {
  next: StampedRecord
  applied: string[]
  /** Values that lost: the incoming ones that were older, or the stored ones they replaced. */
  lost: LostValue[]
  status: 'applied' | 'superseded'
}

/** Equal as JSON values: arrays and objects with the same contents are the same value, not a lost one. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b))
    return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b))
    return false
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  return keysA.length === keysB.length
    && keysA.every(key => Object.prototype.hasOwnProperty.call(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

/** Applies a put, patch or delete to the stored record (null if none) under per-field LWW. */
export function mergeMutation(
  current: StampedRecord | null,
  op: 'put' | 'patch' | 'delete',
  data: Record<string, unknown>,
  stamp: Stamp,
): MergeOutcome {
  if (current?.deleted)
    return { next: current, applied: [], lost: Object.entries(data).map(([field, value]) => ({ field, value, stamp })), status: 'superseded' }
  if (op === 'delete') {
    const next = { data: current?.data ?? {}, stamps: { ...current?.stamps, _deleted: stamp }, deleted: true }
    return { next, applied: ['_deleted'], lost: [], status: 'applied' }
  }
  const next: StampedRecord = { data: { ...current?.data }, stamps: { ...current?.stamps }, deleted: false }
  const applied: string[] = []
  const lost: LostValue[] = []
  for (const [field, value] of Object.entries(data)) {
    const existing = next.stamps[field]
    if (existing && !isNewer(stamp, existing)) {
      if (!sameValue(next.data[field], value))
        lost.push({ field, value, stamp })
      continue
    }
    if (existing && field in next.data && !sameValue(next.data[field], value))
      lost.push({ field, value: next.data[field], stamp: existing })
    next.data[field] = value
    next.stamps[field] = stamp
    applied.push(field)
  }
  const status = applied.length || Object.keys(data).length === 0 ? 'applied' : 'superseded'
  return { next, applied, lost, status }
}
