// Valid records to start tests from; each test changes only what it is about.
import type { EventRecord } from '../../../src/shared/records/event'
import type { FeedbackRecord } from '../../../src/shared/records/feedback'
import { registeredHandling } from '../../../src/shared/feedback/handling'
import { uuidv7 } from '../../../src/shared/ids'

export const t0 = Date.UTC(2025, 5, 3, 2) // 2025-06-03 10:00 in Shanghai

export function feedback(change: Partial<FeedbackRecord> = {}): FeedbackRecord {
  return {
    id: uuidv7(t0),
    unit: '区生态环境局',
    eventId: null,
    taskId: null,
    content: '希望多举办这样的开放活动',
    topic: '活动组织',
    respondentType: 'citizen',
    rating: null,
    photo: null,
    consent: false,
    name: null,
    phone: null,
    nameMasked: null,
    phoneMasked: null,
    contactErasedAt: null,
    receivedOn: '2025-06-03',
    replyDue: '2025-06-24',
    ...registeredHandling,
    adoption: null,
    createdAt: t0,
    createdBy: 'staff1',
    ...change,
  }
}

export const withContact = { consent: true, name: '张三', phone: '13812341234', nameMasked: '张*', phoneMasked: '138****1234' } as const

export function event(change: Partial<EventRecord> = {}): EventRecord {
  return {
    id: uuidv7(t0),
    unit: '区生态环境局',
    type: 'open_day',
    title: '污水处理厂开放日',
    theme: '走进污水处理厂',
    startsAt: t0,
    endsAt: t0 + 3 * 3_600_000,
    venue: '白龙港污水处理厂',
    format: 'offline',
    taskIds: [],
    invitedCount: 30,
    onlineAudience: null,
    status: 'planned',
    questionnaireId: null,
    createdAt: t0,
    createdBy: 'staff1',
    ...change,
  }
}

/** The paths zod reports, joined with dots, for compact assertions. */
export function pathsOf(result: { success: boolean, error?: { issues: Array<{ path: PropertyKey[] }> } }): string[] {
  return result.success ? [] : result.error!.issues.map(issue => issue.path.map(String).join('.'))
}

export function messagesOf(result: { success: boolean, error?: { issues: Array<{ message: string }> } }): string[] {
  return result.success ? [] : result.error!.issues.map(issue => issue.message)
}
