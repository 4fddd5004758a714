import { computed, type Ref, shallowRef, watch } from 'vue'
import { type EventListFigures, observeAllEventFigures, observeEventFigures } from '../../../db/eventListReads'
import { useLive } from '../../../composables/useLive'
import { afterPaint } from '../../../utils/afterPaint'

const noFigures: EventListFigures = { eventIds: [], tallies: new Map(), feedback: new Map() }

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i])

/**
 * The attendance and feedback figures of the 活动 list. With `firstIds` (the rows the first paint
 * shows), those rows' figures are read alone and shown; every event's are read once that paint is
 * on screen, and then replace them. A year of events would otherwise wait for a count per event
 * and for every check-in tap on the phone before the list's first row appeared.
 */
export function useEventListFigures(scopeUnit: Ref<string | null>, firstIds: Ref<readonly string[]> | null) {
  const everyWanted = shallowRef(firstIds === null)
  const all = useLive(() => everyWanted.value ? observeAllEventFigures(scopeUnit.value) : null, noFigures)
  /** Every event's figures are in: every row can show. */
  const complete = computed(() => everyWanted.value && !all.loading.value)
  const first = useLive(() => firstIds && !complete.value ? observeEventFigures(firstIds.value) : null, noFigures)
  // Answered for the rows now first, not for those before a filter changed or an event arrived.
  const firstAnswered = computed(() => firstIds !== null && !first.loading.value && !first.error.value && sameIds(first.data.value.eventIds, firstIds.value))
  if (firstIds)
    watch(afterPaint(firstAnswered), painted => painted && (everyWanted.value = true), { immediate: true })

  return {
    figures: computed(() => complete.value ? all.data.value : first.data.value),
    complete,
    /** The rows to be shown have their figures (or a read failed, which the screen shows instead). */
    ready: computed(() => complete.value || firstAnswered.value),
    reads: [all, first],
  }
}
