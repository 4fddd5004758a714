import type { EventRow } from '../../../db/schema'
import { computed, type Ref } from 'vue'
import { observeTaskTitles } from '../../../db/eventReads'
import { useLive } from '../../../composables/useLive'

/** The titles of the tasks an event counts towards, by id; a task not on the phone keeps its id. */
export function useEventTaskTitles(event: Ref<EventRow | null>) {
  // Joined, so that a new event object with the same tasks (any change to the event) reads nothing again.
  const ids = computed(() => (event.value?.taskIds ?? []).join('\n'))
  const read = useLive(() => ids.value ? observeTaskTitles(ids.value.split('\n')) : null, new Map<string, string>())
  return computed(() => new Map((event.value?.taskIds ?? []).map(id => [id, read.data.value.get(id) ?? id])))
}
