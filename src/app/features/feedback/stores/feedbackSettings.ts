import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed } from 'vue'
import { workCalendar } from '../../../../shared/calendar'
import { feedbackSettingsDefaults } from '../../../../shared/records/feedbackSettingsDefaults'
import { observeFeedbackSettings } from '../../../db/feedbackRepository'
import { useLive } from '../../../composables/useLive'
import { useDirectory } from '../../directory'

/**
 * Topics and reply deadlines as my organization's coordinators set them; the shared settings
 * until it has its own, the defaults until a sync brings either. Read again when the organization
 * becomes known (the directory arrives) or changes with the user.
 */
export const useFeedbackSettingsStore = defineStore('feedbackSettings', () => {
  const { organizationId } = useDirectory()
  const read = useLive(() => observeFeedbackSettings(organizationId.value), feedbackSettingsDefaults)
  const settings = read.data
  const calendar = computed(() => workCalendar(settings.value))
  return { settings, organizationId, calendar, error: read.error, retry: read.retry }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useFeedbackSettingsStore, import.meta.hot))
