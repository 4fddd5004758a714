import { storeToRefs } from 'pinia'
import type { FeedbackGroup } from '../../../../shared/feedback/grouping'
import type { FaqContent } from '../../../db/faqRepository'
import type { FaqRow, FeedbackRow } from '../../../db/schema'
import { computed } from 'vue'
import { draftFaqFromGroup } from '../../../../shared/feedback/faqDraft'
import { uuidv7 } from '../../../../shared/ids'
import { ownedByOrganization } from '../../../../shared/records/owner'
import { changeFaqContent, createFaqEntry } from '../../../db/faqRepository'
import { useSessionStore } from '../../../stores/session'
import { useSettingsStore } from '../../../stores/settings'
import { useFaqRowsStore } from '../stores/faqRows'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { useDirectory } from '../../directory'

/** The 常见问题与解答 list: everyone reads the published entries; coordinators draft, edit and publish. */
export function useFaq() {
  const store = useFaqRowsStore()
  const { rows, ready, error } = storeToRefs(store)
  const retry = store.retry
  const session = useSessionStore()
  const { organizationId } = useDirectory()
  const preferences = useSettingsStore()
  const { run, saving } = useSafeWrite()
  const published = computed(() => rows.value.filter(row => row.status === 'published'))
  const drafts = computed(() => rows.value.filter(row => row.status === 'draft'))
  const canEdit = computed(() => session.isCoordinator)

  /** A draft from a 集中反映 group, placed after the last entry, in my organization's list. */
  function draftFromGroup(group: FeedbackGroup, items: readonly FeedbackRow[]): Promise<FaqRow | undefined> {
    const order = rows.value.reduce((max, row) => Math.max(max, row.order + 1), 0)
    const drafted = draftFaqFromGroup(group, items, { id: uuidv7(), unit: preferences.myUnit ?? session.user?.unit ?? '', by: session.user?.id ?? '', now: Date.now(), order })
    const entry = ownedByOrganization(drafted, organizationId.value, [])
    return run(() => createFaqEntry(entry))
  }

  /** Question, answer and publication travel together, so a published entry always has its answer. */
  function save(entry: FaqRow, content: Pick<FaqContent, 'question' | 'answer'>, publish: boolean): Promise<FaqRow | undefined> {
    const publishedAt = publish ? entry.publishedAt ?? Date.now() : null
    return run(() => changeFaqContent(entry.id, { ...content, status: publish ? 'published' : 'draft', publishedAt }))
  }

  return { rows, published, drafts, ready, error, retry, canEdit, saving, organizationId, draftFromGroup, save }
}
