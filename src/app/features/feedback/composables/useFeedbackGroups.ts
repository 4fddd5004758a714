import type { FeedbackGroup } from '../../../../shared/feedback/grouping'
import type { FeedbackRow } from '../../../db/schema'
import { computed } from 'vue'
import { groupSimilarFeedback } from '../../../../shared/feedback/grouping'
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

  return { groups, drafted, canDraft: faq.canEdit, saving: faq.saving, draftFaq }
}
