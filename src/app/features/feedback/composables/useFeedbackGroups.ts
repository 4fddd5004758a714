import type { FeedbackGroup } from '../../../../shared/feedback/grouping'
import type { FeedbackRow } from '../../../db/schema'
import { computed } from 'vue'
import { groupSimilarFeedback } from '../../../../shared/feedback/grouping'
import { handlingMoves, handlingPatch } from '../../../../shared/feedback/handling'
import { involvesUnit } from '../../../../shared/feedback/involves'
import { replyToFeedbackItems } from '../../../db/feedbackRepository'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { useFeedbackInbox } from './useFeedbackInbox'
import { measureSince } from '../../../utils/perfMarks'
import { useFaq } from '../../faq'
import { useFeedbackFilters } from './useFeedbackFilters'

/**
 * 集中反映 among the feedback the inbox currently lists (so a coordinator can look at one unit,
 * topic or kind of event), largest groups first, each with its members.
 */
export function useFeedbackGroups() {
  const { shown } = useFeedbackFilters()
  const faq = useFaq()
  const inbox = useFeedbackInbox()
  const { run, saving: replying } = useSafeWrite()

  const byId = computed(() => new Map(shown.value.map(item => [item.id, item])))
  const groups = computed<Array<FeedbackGroup & { members: FeedbackRow[] }>>(() => {
    const started = performance.now()
    const found = groupSimilarFeedback(shown.value)
    if (shown.value.length)
      measureSince('kf:feedback-grouped', started)
    return found.map(group => ({ ...group, members: group.ids.map(id => byId.value.get(id)!) }))
  })
  /** Groups an FAQ entry was already drafted from, so the same issue is not drafted twice. */
  const drafted = computed(() => new Set(faq.rows.value.flatMap(row => row.sourceFeedbackIds)))

  const draftFaq = (group: FeedbackGroup & { members: FeedbackRow[] }) => faq.draftFromGroup(group, group.members)

  /** Members this device may answer now: its unit's or referred to it (a coordinator: all), not yet closed. */
  function answerable(members: readonly FeedbackRow[]): FeedbackRow[] {
    const unit = inbox.unit.value
    return members.filter(item => handlingMoves[item.status].includes('replied')
      && (inbox.isCoordinator.value || (unit !== null && involvesUnit(item, unit))))
  }

  /** One reply for every answerable member of a group, dated today; returns how many were answered. */
  async function replyToGroup(members: readonly FeedbackRow[], reply: string): Promise<number> {
    const now = Date.now()
    const moves = answerable(members).flatMap((item) => {
      const result = handlingPatch(item, { to: 'replied', reply, repliedOn: inbox.today.value }, now)
      return result.ok ? [{ id: item.id, patch: result.patch }] : []
    })
    if (!moves.length)
      return 0
    return (await run(() => replyToFeedbackItems(moves))) ?? 0
  }

  return { groups, drafted, canDraft: faq.canEdit, saving: faq.saving, draftFaq, answerable, replyToGroup, replying }
}
