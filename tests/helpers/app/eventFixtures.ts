// Events stored the way the app stores them (through the repositories and the outbox), and
// a signed-in user, for the event screen tests.
import type { Role } from '../../../src/shared/api/auth'
import type { EventDraft } from '../../../src/app/db/eventRepository'
import { adoptSession } from '../../../src/app/db/identity'
import { useSessionStore } from '../../../src/app/stores/session'
import { createEvent } from '../../../src/app/db/eventRepository'
import { standardEventTemplate } from '../../../src/shared/events'
import { addDays, shanghaiToday } from '../../../src/shared/calendar'
import { shanghaiInstant } from '../../../src/shared/calendar/clock'

export const unit = '区政府办公室'
const hour = 3_600_000

/** Tomorrow at 10:00 in Shanghai, as events are entered: a two-hour event within one day, whenever and wherever the test runs. */
function tomorrowMorning(): number {
  return shanghaiInstant(addDays(shanghaiToday(), 1), '10:00')!
}

export function eventDraft(change: Partial<EventDraft> = {}): EventDraft {
  const startsAt = tomorrowMorning()
  return {
    unit,
    type: 'open_day',
    title: '政务服务中心开放日',
    theme: '走进一网通办',
    startsAt,
    endsAt: startsAt + 2 * hour,
    venue: '区行政服务中心',
    format: 'offline',
    taskIds: [],
    invitedCount: 30,
    onlineAudience: null,
    ...change,
  }
}

export function storeEvent(change: Partial<EventDraft> = {}) {
  return createEvent(eventDraft(change), standardEventTemplate, 'user-staff')
}

export async function signInAs(role: Role, userUnit = unit): Promise<void> {
  await adoptSession({ token: `token-${role}`, expiresAt: Date.now() + hour, user: { id: `user-${role}`, username: role, displayName: role, unit: userUnit, role } })
  await useSessionStore().load()
}
