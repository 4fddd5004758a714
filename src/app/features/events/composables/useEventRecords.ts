import type { EventChecklistRow, EventRow } from '../../../db/schema'
import type { EventPhase } from '../../../../shared/records/eventTemplate'
import type { MessageKey } from '../../../i18n'
import { attendanceOf, tallyCheckins } from '../../../../shared/events'
import { eventPhases } from '../../../../shared/records/eventKinds'
import { computed, type Ref } from 'vue'
import { type EventRecords, observeEventRecords } from '../../../db/eventReads'
import { setEventStatus, tickEventChecklistItem } from '../../../db/eventRepository'
import { useEventAccess } from './useEventAccess'
import { confirmEventAction } from '../confirmEventAction'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { useLive } from '../../../composables/useLive'

const empty: EventRecords = { event: null, checklist: [], checkins: [], sessions: [], photos: [], notes: [] }

/** Everything recorded for one event, kept current, and the checklist and status writes. */
export function useEventRecords(eventId: Ref<string>) {
  const access = useEventAccess()
  const { run } = useSafeWrite()
  const read = useLive(() => observeEventRecords(eventId.value), empty)
  const records = read.data
  const ready = computed(() => !read.loading.value)

  const event = computed(() => records.value.event)
  const editable = computed(() => access.canEdit(event.value))
  const tally = computed(() => tallyCheckins(records.value.checkins))
  const attendance = computed(() => event.value ? attendanceOf(event.value, tally.value) : 0)
  const checklistByPhase = computed(() => {
    const groups = Object.fromEntries(eventPhases.map(phase => [phase, [] as EventChecklistRow[]])) as Record<EventPhase, EventChecklistRow[]>
    for (const item of records.value.checklist)
      groups[item.phase].push(item)
    return groups
  })
  const checklistDone = computed(() => records.value.checklist.filter(item => item.done).length)

  const tick = (item: EventChecklistRow) => run(() => tickEventChecklistItem(item.id, !item.done, access.authorId()))
  /** Closing also closes the public questionnaire link, and cancelling stops the event: both are asked first. */
  async function setStatus(status: EventRow['status']) {
    const questions: Partial<Record<EventRow['status'], MessageKey>> = { closed: 'event.detail.closeConfirm', cancelled: 'event.detail.cancelConfirm' }
    const question = questions[status]
    if (question && !(await confirmEventAction(question)))
      return undefined
    return run(() => setEventStatus(eventId.value, status))
  }

  return { records, ready, error: read.error, retry: read.retry, event, editable, tally, attendance, checklistByPhase, checklistDone, tick, setStatus }
}
