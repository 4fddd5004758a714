// Event checklists come from templates that coordinators edit. The standard template below is
// built in; a coordinator's first edit of it stores a record under the same id, which then wins.
import type { EventRecord, EventType } from '../records/event'
import type { EventChecklistItemRecord } from '../records/eventChecklist'
import type { EventTemplateRecord } from '../records/eventTemplate'
import { withStoredEdits } from '../records/owner'

export const standardEventTemplate: EventTemplateRecord = {
  id: 'event-template-standard',
  name: '政府开放活动标准清单',
  eventTypes: [],
  items: [
    { id: 'plan', phase: 'before', text: '制定活动方案' },
    { id: 'announce', phase: 'before', text: '发布活动预告' },
    { id: 'recruit', phase: 'before', text: '报名与遴选代表' },
    { id: 'consult', phase: 'before', text: '设置座谈或问卷环节' },
    { id: 'checkin', phase: 'day', text: '签到' },
    { id: 'photos', phase: 'day', text: '拍照留档' },
    { id: 'collect', phase: 'day', text: '收集意见建议' },
    { id: 'adoption', phase: 'after', text: '会后反馈采纳情况' },
    { id: 'publish', phase: 'after', text: '公开活动信息' },
  ],
  archived: false,
  updatedAt: 0,
}

export const builtInEventTemplates: readonly EventTemplateRecord[] = [standardEventTemplate]

/** Built-in templates with stored ones replacing them (records/owner.ts); archived ones and those for other types left out. */
export function templatesFor(type: EventType, stored: readonly EventTemplateRecord[]): EventTemplateRecord[] {
  return withStoredEdits(builtInEventTemplates, stored).filter(t => !t.archived && (t.eventTypes.length === 0 || t.eventTypes.includes(type)))
}

/** The same on every phone, so instantiating a template twice cannot duplicate items. */
export function checklistItemIdOf(eventId: string, templateItemId: string): string {
  return `${eventId}#${templateItemId}`
}

/** The event's checklist items, not yet done, in the template's order. */
export function checklistFromTemplate(event: Pick<EventRecord, 'id' | 'unit'>, template: EventTemplateRecord): EventChecklistItemRecord[] {
  return template.items.map((item, order) => ({
    id: checklistItemIdOf(event.id, item.id),
    eventId: event.id,
    unit: event.unit,
    phase: item.phase,
    text: item.text,
    order,
    done: false,
    doneAt: null,
    doneBy: null,
    note: '',
  }))
}

/** The done group for a tick or untick; the three fields always travel together. */
export function tickPatch(done: boolean, by: string, now: number): Pick<EventChecklistItemRecord, 'done' | 'doneAt' | 'doneBy'> {
  return done ? { done, doneAt: now, doneBy: by } : { done, doneAt: null, doneBy: null }
}
