import { describe, expect, it } from 'vitest'
import { entities } from '../../../src/shared/records'
import { hostileTextIssues, maxNesting, textProblem } from '../../../src/shared/records/safeText'

describe('safe text', () => {
  it('accepts any well-formed text, emoji and CJK extension characters included', () => {
    expect(textProblem('开放日 😀 𠀀 \t\n')).toBeNull()
  })

  it('names NUL and lone surrogates, in values and in keys, by path', () => {
    expect(hostileTextIssues({ a: ['ok', 'x\u0000'], ['k\uDC00']: 1, b: { c: '\uD83D' } }).map(i => i.path).sort())
      .toEqual(['a.1', 'b.c', 'k\\udc00'])
  })

  it('stops at absurd nesting without walking it', () => {
    let deep: unknown = 'x'
    for (let i = 0; i < 100_000; i++)
      deep = [deep]
    const issues = hostileTextIssues(deep)
    expect(issues).toHaveLength(1)
    expect(issues[0].at).toHaveLength(maxNesting)
  })

  it('is part of the record schemas in the registry, so the device names the field too', () => {
    const note = { id: '0190f0e0-0000-7000-8000-000000000001', eventId: '0190f0e0-0000-7000-8000-000000000002', unit: '区教育局', text: '坏\u0000', at: 1, by: 'x' }
    const parsed = entities.eventNote.record.safeParse(note)
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map(i => i.path.join('.'))).toContain('text')
  })
})
