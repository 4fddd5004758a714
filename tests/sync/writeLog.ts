// What the simulated phones wrote, field by field with the stamp the server must give each
// write, so the final state can be predicted by last-writer-wins and every write accounted for.
import { isNewer, type Stamp } from '../../src/shared/sync/merge'

export interface FieldWrite {
  recordId: string
  field: string
  value: unknown
  stamp: Stamp
}

export class WriteLog {
  readonly fieldWrites: FieldWrite[] = []
  readonly evidenceCreated = new Set<string>()
  readonly evidenceDeleted = new Set<string>()
  readonly photos = new Map<string, Uint8Array>()

  progress(recordId: string, fields: Record<string, unknown>, stamp: Stamp): void {
    for (const [field, value] of Object.entries(fields))
      this.fieldWrites.push({ recordId, field, value, stamp })
  }

  /** For each record and field, the write that must win. */
  winners(): Map<string, Map<string, FieldWrite>> {
    const byRecord = new Map<string, Map<string, FieldWrite>>()
    for (const write of this.fieldWrites) {
      const fields = byRecord.get(write.recordId) ?? new Map<string, FieldWrite>()
      byRecord.set(write.recordId, fields)
      const best = fields.get(write.field)
      if (!best || isNewer(write.stamp, best.stamp))
        fields.set(write.field, write)
    }
    return byRecord
  }

  liveEvidence(): string[] {
    return [...this.evidenceCreated].filter(id => !this.evidenceDeleted.has(id)).sort()
  }
}

/** A small seeded generator (mulberry32), so a failing run can be replayed with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
