import { describe, expect, it } from 'vitest'
import { planIdOf, toPlanRecord } from '../../../src/shared/plan'
import { planRecordSchema } from '../../../src/shared/records/plan'
import { parseSample, parseSeed } from './fixtures'

describe('toPlanRecord', () => {
  it.each([0, 1, 2, 3, 4])('seed %i becomes a valid plan record with its deterministic id', (index) => {
    const plan = parseSeed(index)
    const record = toPlanRecord(plan, { bundled: true, importedAt: 0 })
    expect(planRecordSchema.parse(record)).toEqual(record)
    expect(record).toMatchObject({ id: planIdOf(plan), bundled: true, importedAt: 0, title: plan.title, tasks: plan.tasks })
  })

  it('drops the parser\'s extra section titles, which records do not carry', () => {
    const record = toPlanRecord(parseSample('three-level'), { bundled: false, importedAt: 1_700_000_000_000 })
    expect(planRecordSchema.parse(record)).toEqual(record)
    expect(record.tasks.every(task => !('sectionTitle' in task))).toBe(true)
  })

  it('gives the same plan the same id wherever it is parsed', () => {
    expect(toPlanRecord(parseSeed(2), { bundled: true, importedAt: 0 }).id).toBe(toPlanRecord(parseSeed(2), { bundled: false, importedAt: 5 }).id)
  })
})
