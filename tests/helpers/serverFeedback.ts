// Feedback and event records as a phone of a unit would make them, for the issue-5 server tests.
import type { Mutation, MutationResult } from '../../src/shared/sync/protocol'
import { type FeedbackInput, type HandlingAction, handlingPatch, newFeedbackRecord } from '../../src/shared/feedback'
import { uuidv7 } from '../../src/shared/ids'
import type { EventRecord } from '../../src/shared/records/event'
import type { FeedbackRecord } from '../../src/shared/records/feedback'
import { feedbackSettingsDefaults } from '../../src/shared/records/feedbackSettings'
import { type SignedIn, TestDevice, type TestServer } from './server'

export const contact = { name: '张三丰', phone: '13812341234' }

/** A valid feedback item of `unit`, with consented contact details unless told otherwise. */
export function feedbackItem(unit: string, input: Partial<FeedbackInput> = {}, now = Date.now()): FeedbackRecord {
  const made = newFeedbackRecord(
    { content: '希望开放日多安排一些讲解', topic: '活动组织', respondentType: 'citizen', consent: true, ...contact, ...input },
    { id: uuidv7(now), unit, by: 'tester', now, settings: feedbackSettingsDefaults },
  )
  if (!made.success)
    throw new Error(`fixture feedback is invalid: ${made.error.message}`)
  return made.data
}

/** The handling group of a move, as the app's handling form sends it. */
export function move(item: FeedbackRecord, action: HandlingAction, now = Date.now()) {
  const made = handlingPatch(item, action, now)
  if (!made.ok)
    throw new Error(`fixture move is illegal: ${made.errors.join('; ')}`)
  return made.patch
}

export function eventRecord(unit: string, fields: Partial<EventRecord> = {}): EventRecord {
  const now = Date.now()
  return {
    id: uuidv7(now),
    unit,
    type: 'open_day',
    title: '生态环境局政府开放日',
    theme: '走进监测站',
    startsAt: now,
    endsAt: now + 3 * 3600_000,
    venue: '区环境监测站',
    format: 'offline',
    taskIds: [],
    invitedCount: 30,
    onlineAudience: null,
    status: 'ongoing',
    questionnaireId: null,
    createdAt: now,
    createdBy: 'tester',
    ...fields,
  }
}

/** Pushes one mutation from a fresh device and returns its result. */
export async function pushOne(server: TestServer, who: SignedIn, entity: Mutation['entity'], id: string, op: Mutation['op'], data: Record<string, unknown>, at = Date.now()): Promise<MutationResult> {
  const device = new TestDevice()
  const response = await server.pushOk(who, device.batch([device.mutation(entity, id, op, data, at)]))
  return response.results[0]
}

/** The record as this user's pull from the start shows it, or undefined when it is not sent. */
export async function pulledRecord(server: TestServer, who: SignedIn, id: string) {
  const changes = (await server.pullAll(who)).changes.filter(c => c.id === id)
  return changes.at(-1)
}
