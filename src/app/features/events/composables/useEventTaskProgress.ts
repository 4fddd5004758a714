import type { EventRow, TaskRow } from '../../../db/schema'
import { attendanceOf, type EventTargetProgress, eventProgressOfTask, tallyByEvent, tallyCheckins } from '../../../../shared/events'
import { computed, type Ref } from 'vue'
import { observeEventsOfTask, type TaskEvents } from '../../../db/eventReads'
import { useSettingsStore } from '../../../stores/settings'
import { useLive } from '../../../composables/useLive'

const noTaps = tallyCheckins([])

/**
 * How the events linked to a task count toward its numeric targets, for my unit (each unit
 * answers for its own target), or for every unit when no unit is chosen.
 */
export function useEventTaskProgress(task: Ref<TaskRow | undefined>) {
  const settings = useSettingsStore()
  // By id: a re-read of the plans gives the same task as a new object, which must not read again.
  const taskId = computed(() => task.value?.id)
  const read = useLive(() => taskId.value ? observeEventsOfTask(taskId.value) : null, { events: [], checkins: [] } as TaskEvents)
  const linked = read.data

  const events = computed<EventRow[]>(() => linked.value.events.filter(event => !settings.myUnit || event.unit === settings.myUnit))
  const progress = computed<EventTargetProgress[]>(() => {
    if (!task.value)
      return []
    const tallies = tallyByEvent(linked.value.checkins)
    const attendance = new Map(linked.value.events.map(event => [event.id, attendanceOf(event, tallies.get(event.id) ?? noTaps)]))
    return eventProgressOfTask(task.value, linked.value.events, { unit: settings.myUnit ?? undefined, attendance })
  })

  return { events, progress, error: read.error, retry: read.retry }
}
