import { describe, expect, it } from 'vitest'
import { correctedTime, isNewer, mergeMutation } from '../../../src/shared/sync/merge'

const a = (t: number) => ({ t, c: 'a' })
const b = (t: number) => ({ t, c: 'b' })

describe('per-field last-writer-wins', () => {
  it('creates a record from the first patch', () => {
    const out = mergeMutation(null, 'patch', { status: 'done' }, a(1))
    expect(out.next.data).toEqual({ status: 'done' })
    expect(out.applied).toEqual(['status'])
    expect(out.status).toBe('applied')
  })

  it('keeps the newer value of each field and reports the loser', () => {
    const first = mergeMutation(null, 'patch', { status: 'done', note: 'x' }, a(10)).next
    const out = mergeMutation(first, 'patch', { status: 'todo', note: 'y' }, b(5))
    expect(out.next.data).toEqual({ status: 'done', note: 'x' })
    expect(out.status).toBe('superseded')
    expect(out.lost.map(l => l.field).sort()).toEqual(['note', 'status'])
  })

  it('merges different fields from different writers', () => {
    const first = mergeMutation(null, 'patch', { status: 'done' }, a(10)).next
    const out = mergeMutation(first, 'patch', { note: 'later' }, b(5))
    expect(out.next.data).toEqual({ status: 'done', note: 'later' })
    expect(out.status).toBe('applied')
  })

  it('keeps the replaced value when a newer write wins', () => {
    const first = mergeMutation(null, 'patch', { note: 'old' }, a(1)).next
    const out = mergeMutation(first, 'patch', { note: 'new' }, b(2))
    expect(out.lost).toEqual([{ field: 'note', value: 'old', stamp: a(1) }])
  })

  it('breaks equal times by client id, the same way on every replica', () => {
    expect(isNewer(b(5), a(5))).toBe(true)
    expect(isNewer(a(5), b(5))).toBe(false)
  })

  it('makes a delete final', () => {
    const deleted = mergeMutation(mergeMutation(null, 'put', { caption: 'x' }, a(1)).next, 'delete', {}, a(2)).next
    expect(deleted.deleted).toBe(true)
    expect(mergeMutation(deleted, 'patch', { caption: 'y' }, b(9)).status).toBe('superseded')
  })

  it('corrects device time by the skew seen at push', () => {
    // device clock 60 s behind: made at 1000, sent at 2000, arrived at server time 62000
    expect(correctedTime(1000, 2000, 62_000)).toBe(61_000)
  })

  it('reports no lost value when an array or object arrives with equal contents', () => {
    const current = mergeMutation(null, 'put', { taskIds: ['a', 'b'], photo: { sha256: 'x', width: 1 } }, a(1)).next
    const older = mergeMutation(current, 'patch', { taskIds: ['a', 'b'], photo: { width: 1, sha256: 'x' } }, b(0))
    expect(older.lost).toEqual([])
    const newer = mergeMutation(current, 'patch', { taskIds: ['a', 'b'] }, b(2))
    expect(newer.lost).toEqual([])
    const changed = mergeMutation(current, 'patch', { taskIds: ['a'] }, b(3))
    expect(changed.lost.map(l => l.value)).toEqual([['a', 'b']])
  })

  it('never stamps a change later than the server received it', () => {
    expect(correctedTime(5000, 2000, 62_000)).toBe(62_000)
    expect(correctedTime(1000, 0, 62_000)).toBe(62_000)
  })
})
