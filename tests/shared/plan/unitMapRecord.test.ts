// A plan record keeps the coordinator's unit mapping from the import (written name → node id).
import { describe, expect, it } from 'vitest'
import { planRecordSchema } from '../../../src/shared/records/plan'

const record = {
  id: 'plan-2026-abc',
  source: 'plan.pdf',
  title: '2026年青浦区政务公开工作要点',
  year: 2026,
  issuer: '青浦区人民政府办公室',
  docNumber: null,
  issuedOn: null,
  tasks: [{ chapter: 1, item: 1, chapterTitle: '公开', title: '做好公开', text: '做好公开。（数据局）', assignments: [{ leads: ['区数据局'], owners: [] }], due: null, deadline: null, targets: [], checklist: [] }],
  warnings: [],
  bundled: false,
  importedAt: 1,
}

describe('a plan record\'s unit map', () => {
  it('is optional, and kept when given', () => {
    expect(planRecordSchema.parse(record)).not.toHaveProperty('unitMap')
    expect(planRecordSchema.parse({ ...record, unitMap: { 数据局: '区数据局' } }).unitMap).toEqual({ 数据局: '区数据局' })
  })

  it('refuses empty names or ids and an unbounded map', () => {
    expect(planRecordSchema.safeParse({ ...record, unitMap: { '': '区数据局' } }).success).toBe(false)
    expect(planRecordSchema.safeParse({ ...record, unitMap: { 数据局: '' } }).success).toBe(false)
    const huge = Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`单位${i}`, `node-${i}`]))
    expect(planRecordSchema.safeParse({ ...record, unitMap: huge }).success).toBe(false)
  })
})
