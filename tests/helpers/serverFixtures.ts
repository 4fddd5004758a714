// A small plan built by hand, with the unit assignments the permission tests need:
// 1.1 led by 区生态环境局 (owned by 区政府办公室), 1.2 led by 各街镇, 2.1 led by 区教育局 and owned by 各部门.
import type { PlanRecord } from '../../src/shared/records/plan'
import type { PlanTask } from '../../src/shared/plan/types'
import { shanghaiYear } from '../../src/shared/calendar'
import { checklistItemIdOf, planIdOf, taskIdOf } from '../../src/shared/plan/identity'
import { progressIdOf } from '../../src/shared/records/progress'

/** A task with `steps` checklist items, every one led and owned as the task is. */
export function fixtureTask(chapter: number, item: number, leads: string[], owners: string[] = [], steps = 12): PlanTask {
  return {
    chapter,
    item,
    chapterTitle: `第${chapter}章`,
    title: `任务${chapter}.${item}`,
    text: `做好第${chapter}.${item}项工作。`,
    assignments: [{ leads, owners }],
    due: null,
    deadline: null,
    targets: [],
    checklist: Array.from({ length: steps }, (_, step) => (
      { text: `第${chapter}.${item}项第${step + 1}步`, leads, owners, deadline: null, due: null, source: 'text', row: null }
    )),
  }
}

/** A plan of the current year (Shanghai's): a past year's plan is archived and refuses staff writes. */
export function samplePlan(title = '2025年测试区政务公开工作要点', year = shanghaiYear()): PlanRecord {
  const header = { year, issuer: '测试区人民政府办公室', title }
  return {
    id: planIdOf(header),
    source: 'fixture.txt',
    ...header,
    docNumber: null,
    issuedOn: null,
    tasks: [
      fixtureTask(1, 1, ['区生态环境局'], ['区政府办公室']),
      fixtureTask(1, 2, ['各街镇'], []),
      fixtureTask(2, 1, ['区教育局'], ['各部门']),
    ],
    warnings: [],
    bundled: false,
    importedAt: 1_700_000_000_000,
  }
}

export const units = {
  ecology: '区生态环境局',
  education: '区教育局',
  town: '朱家角镇',
  office: '区政府办公室',
} as const

/** Ids and identifying fields of one unit's progress on a checklist item of a task. */
export function progressTarget(plan: PlanRecord, unit: string, chapter: number, item: number, index = 0) {
  const taskId = taskIdOf(plan.id, { chapter, item })
  const subject = checklistItemIdOf(taskId, index)
  return { id: progressIdOf(unit, subject), keys: { unit, planId: plan.id, taskId, subject } }
}

/** A link proving work on checklist item `index` of a task, as a phone of `unit` would put it. */
export function linkEvidence(plan: PlanRecord, unit: string, chapter: number, item: number, index = 0, caption = '') {
  const taskId = taskIdOf(plan.id, { chapter, item })
  return {
    id: crypto.randomUUID(),
    unit,
    planId: plan.id,
    taskId,
    subject: checklistItemIdOf(taskId, index),
    kind: 'link' as const,
    photo: null,
    url: `https://example.gov.cn/${chapter}-${item}-${index}`,
    caption,
    createdAt: Date.now(),
    createdBy: 'tester',
  }
}
