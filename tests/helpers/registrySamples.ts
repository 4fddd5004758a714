// One valid record of every entity in the registry, as a phone of `unit` would make it, for the
// adversarial matrix and the fuzz test. A new entity needs one line here; the tests then cover it
// (and fail, naming it, until it has one).
import type { EntityName } from '../../src/shared/records'
import { standardEventTemplate } from '../../src/shared/events/checklist'
import { uuidv7 } from '../../src/shared/ids'
import { standardQuestionnaire } from '../../src/shared/questionnaire/standard'
import { feedbackSettingsDefaults } from '../../src/shared/records/feedbackSettings'
import type { PlanRecord } from '../../src/shared/records/plan'
import { eventRecord, feedbackItem } from './serverFeedback'
import { type People, startPlanServer, TestDevice, type TestServer } from './server'
import { linkEvidence, progressTarget, samplePlan, units } from './serverFixtures'
import { photoRefOf, png } from './serverPhotos'

export interface SampleContext {
  /** A plan whose task 1.1 the sample unit leads. */
  plan: PlanRecord
  /** An event of the sample unit, for the records that hang on one. */
  eventId: string
}

export type Sample = Record<string, unknown> & { id: string }
let counter = 0
// Progress ids follow from unit and checklist item: each sample takes the next of task 1.1's twelve items.
let progressItem = 0

export const registrySamples: Record<EntityName, (unit: string, ctx: SampleContext) => Sample> = {
  plan: () => samplePlan(`2025年矩阵测试${++counter}号工作要点`) as unknown as Sample,
  progress: (unit, ctx) => {
    const target = progressTarget(ctx.plan, unit, 1, 1, progressItem++ % 12)
    return { id: target.id, ...target.keys, status: 'done', note: '已完成', count: 0 }
  },
  evidence: (unit, ctx) => linkEvidence(ctx.plan, unit, 1, 1, ++counter % 12),
  event: unit => eventRecord(unit),
  eventChecklistItem: (unit, ctx) => ({ id: uuidv7(), eventId: ctx.eventId, unit, phase: 'before', text: '准备物料', order: 0, done: false, doneAt: null, doneBy: null, note: '' }),
  checkin: (unit, ctx) => ({ id: uuidv7(), eventId: ctx.eventId, unit, attendeeType: 'citizen', delta: 1, at: Date.now(), by: 'tester' }),
  eventSession: (unit, ctx) => ({ id: uuidv7(), eventId: ctx.eventId, unit, kind: 'visit', title: '参观', startsAt: Date.now(), endsAt: null, note: '' }),
  eventPhoto: (unit, ctx) => ({ id: uuidv7(), eventId: ctx.eventId, unit, photo: photoRefOf(png(++counter)), caption: '', takenAt: Date.now(), createdBy: 'tester' }),
  eventNote: (unit, ctx) => ({ id: uuidv7(), eventId: ctx.eventId, unit, text: '现场记录', at: Date.now(), by: 'tester' }),
  eventTemplate: () => ({ ...standardEventTemplate, id: `template-${++counter}` }),
  feedback: (unit, ctx) => feedbackItem(unit, { eventId: ctx.eventId }) as unknown as Sample,
  feedbackSettings: () => ({ ...feedbackSettingsDefaults }),
  questionnaire: () => ({ ...standardQuestionnaire, id: `questionnaire-${++counter}` }) as unknown as Sample,
  questionnaireResponse: (unit, ctx) => ({ id: uuidv7(), questionnaireId: standardQuestionnaire.id, eventId: ctx.eventId, unit, channel: 'kiosk', respondentKey: null, answers: [], submittedAt: Date.now() }),
  faq: unit => ({ id: uuidv7(), unit, topic: '其他', question: '开放日怎么报名？', answer: '', status: 'draft', publishedAt: null, sourceFeedbackIds: [], order: 0, createdAt: Date.now(), createdBy: 'tester' }),
}

/** A server holding the sample plan and one event of 区生态环境局, which event-bound samples hang on. */
export async function startRegistryServer(): Promise<{ server: TestServer, people: People, ctx: SampleContext }> {
  const plan = samplePlan()
  const { server, people } = await startPlanServer(plan)
  const event = eventRecord(units.ecology)
  const device = new TestDevice()
  await server.pushOk(people.ecology, device.batch([device.mutation('event', event.id, 'put', event)]))
  return { server, people, ctx: { plan, eventId: event.id } }
}
