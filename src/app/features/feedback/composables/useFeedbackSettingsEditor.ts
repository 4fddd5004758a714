import type { FeedbackSettingsRow } from '../../../db/schema'
import type { feedbackSettingsLimits } from '../../../../shared/records/feedbackSettings'
import { computed, ref } from 'vue'
import { changeFeedbackSettings } from '../../../db/feedbackRepository'
import { useSessionStore } from '../../../stores/session'
import { useFeedbackSettings } from './useFeedbackSettings'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { translate } from '../../../i18n'
import { uiLanguageParse } from '../../../i18n/uiLanguageParse'

// The patch's schema (and zod) loads on the first save, not with the screen.
const loadPatchSchema = () => import('../../../../shared/records/feedbackSettings')

export type SettingsChange = Pick<FeedbackSettingsRow, 'topics' | 'replyWorkingDays' | 'contactRetentionDays'>

type Limits = typeof feedbackSettingsLimits

const numberFields = { replyWorkingDays: 'feedback.settings.replyWorkingDays', contactRetentionDays: 'feedback.settings.contactRetentionDays' } as const

/** A problem in the words of the form (its field's label, the topic as typed), not the schema's path. */
function problemText(issue: { path: PropertyKey[], code: string, message: string }, change: SettingsChange, limits: Limits): string {
  const [field, index] = issue.path
  if (field === 'topics') {
    if (index === undefined)
      return issue.code === 'too_small' ? translate('feedback.settings.needTopic') : translate('feedback.settings.tooManyTopics', { max: limits.topicCount })
    const typed = change.topics[Number(index)] ?? ''
    // Enough of a long topic to find it in the box.
    const topic = typed.length > 12 ? `${typed.slice(0, 12)}…` : typed
    return issue.code === 'custom'
      ? translate('feedback.settings.duplicateTopic', { topic })
      : translate('feedback.settings.topicTooLong', { topic, max: limits.topicLength })
  }
  if (field === 'replyWorkingDays' || field === 'contactRetentionDays')
    return translate('feedback.settings.wholeNumberBetween', { field: translate(numberFields[field]), ...limits[field] })
  return `${issue.path.join('.')}：${issue.message}`
}

/** My organization's coordinators set the topic list, the reply deadline and how long contact details are kept. */
export function useFeedbackSettingsEditor() {
  const { settings, organizationId, error, retry } = useFeedbackSettings()
  const session = useSessionStore()
  const { run, exclusively, saving } = useSafeWrite()
  const problems = ref<string[]>([])
  const saved = ref(false)
  const canEdit = computed(() => session.isCoordinator)

  /** Only what changed goes out, so two coordinators editing different settings do not undo each other. */
  async function save(change: SettingsChange): Promise<boolean> {
    return await exclusively(async () => {
      saved.value = false
      const changed = Object.fromEntries(Object.entries(change).filter(([key, value]) => JSON.stringify(settings.value[key as keyof SettingsChange]) !== JSON.stringify(value)))
      const [{ feedbackSettingsPatchSchema, feedbackSettingsLimits }, options] = await Promise.all([loadPatchSchema(), uiLanguageParse()])
      const parsed = feedbackSettingsPatchSchema.safeParse(changed, options)
      if (!parsed.success) {
        problems.value = [...new Set(parsed.error.issues.map(issue => problemText(issue, change, feedbackSettingsLimits)))]
        return false
      }
      problems.value = []
      saved.value = Object.keys(changed).length === 0 || Boolean(await run(() => changeFeedbackSettings(organizationId.value, parsed.data)))
      return saved.value
    }) ?? false
  }

  return { settings, error, retry, canEdit, problems, saved, saving, save }
}
