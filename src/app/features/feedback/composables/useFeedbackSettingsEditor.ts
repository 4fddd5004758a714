import type { FeedbackSettingsRow } from '../../../db/schema'
import { computed, ref } from 'vue'
import { changeFeedbackSettings } from '../../../db/feedbackRepository'
import { useSessionStore } from '../../../stores/session'
import { useFeedbackSettings } from './useFeedbackSettings'
import { useSafeWrite } from '../../../composables/useSafeWrite'

// The patch's schema (and zod) loads on the first save, not with the screen.
const loadPatchSchema = () => import('../../../../shared/records/feedbackSettings').then(module => module.feedbackSettingsPatchSchema)

export type SettingsChange = Pick<FeedbackSettingsRow, 'topics' | 'replyWorkingDays' | 'contactRetentionDays'>

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
      const parsed = (await loadPatchSchema()).safeParse(changed)
      if (!parsed.success) {
        problems.value = parsed.error.issues.map(issue => `${issue.path.join('.')}: ${issue.message}`)
        return false
      }
      problems.value = []
      saved.value = Object.keys(changed).length === 0 || Boolean(await run(() => changeFeedbackSettings(organizationId.value, parsed.data)))
      return saved.value
    }) ?? false
  }

  return { settings, error, retry, canEdit, problems, saved, saving, save }
}
