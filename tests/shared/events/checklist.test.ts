import { describe, expect, it } from 'vitest'
import { checklistFromTemplate, checklistItemIdOf, standardEventTemplate, templatesFor, tickPatch } from '../../../src/shared/events/checklist'
import { eventChecklistItemPatchSchema, eventChecklistItemRecordSchema } from '../../../src/shared/records/eventChecklist'
import { eventTemplateRecordSchema } from '../../../src/shared/records/eventTemplate'
import { event } from '../feedback/fixtures'

describe('standard template', () => {
  it('is a valid template with the steps the plans ask for, before, on and after the day', () => {
    expect(eventTemplateRecordSchema.safeParse(standardEventTemplate).success).toBe(true)
    const texts = standardEventTemplate.items.map(item => item.text)
    for (const step of ['发布活动预告', '报名与遴选代表', '设置座谈或问卷环节', '签到', '拍照留档', '收集意见建议', '会后反馈采纳情况', '公开活动信息'])
      expect(texts).toContain(step)
    expect(new Set(standardEventTemplate.items.map(item => item.phase))).toEqual(new Set(['before', 'day', 'after']))
  })
})

describe('templates for an event type', () => {
  const symposiumOnly = { ...standardEventTemplate, id: 'tpl-symposium', name: '座谈会清单', eventTypes: ['symposium' as const] }

  it('offer the built-in template and stored ones that suit the type', () => {
    expect(templatesFor('open_day', [symposiumOnly]).map(t => t.id)).toEqual(['event-template-standard'])
    expect(templatesFor('symposium', [symposiumOnly]).map(t => t.id)).toEqual(['event-template-standard', 'tpl-symposium'])
  })

  it('let a coordinator\'s stored copy replace or archive the built-in one', () => {
    const edited = { ...standardEventTemplate, name: '本区开放活动清单' }
    expect(templatesFor('open_day', [edited])).toEqual([edited])
    expect(templatesFor('open_day', [{ ...standardEventTemplate, archived: true }])).toEqual([])
  })
})

describe('checklist from a template', () => {
  const e = event()

  it('makes valid items in order, not yet done, with ids every phone derives alike', () => {
    const items = checklistFromTemplate(e, standardEventTemplate)
    expect(items).toHaveLength(standardEventTemplate.items.length)
    expect(items[0]).toMatchObject({ id: `${e.id}#plan`, eventId: e.id, unit: e.unit, order: 0, done: false })
    expect(items.map(i => i.order)).toEqual(items.map((_, index) => index))
    for (const item of items)
      expect(eventChecklistItemRecordSchema.safeParse(item).success).toBe(true)
    expect(checklistFromTemplate(e, standardEventTemplate).map(i => i.id)).toEqual(items.map(i => i.id))
    expect(checklistItemIdOf(e.id, 'photos')).toBe(`${e.id}#photos`)
  })

  it('ticks and unticks with the whole done group', () => {
    expect(tickPatch(true, 'staff1', 5)).toEqual({ done: true, doneAt: 5, doneBy: 'staff1' })
    expect(tickPatch(false, 'staff1', 6)).toEqual({ done: false, doneAt: null, doneBy: null })
    expect(eventChecklistItemPatchSchema.safeParse(tickPatch(true, 'staff1', 5)).success).toBe(true)
  })
})
