import { computed } from 'vue'
import { workCalendar } from '../../../../shared/calendar'
import { feedbackSettingsDefaults } from '../../../../shared/records/feedbackSettings'
import { observeFeedbackSettings } from '../../../db/feedbackRepository'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useLive } from '../../../composables/useLive'
import { useDirectory } from '../../directory'

/**
 * Topics and reply deadlines as my organization's coordinators set them; the shared settings
 * until it has its own, the defaults until a sync brings either. Read again when the organization
 * becomes known (the directory arrives) or changes with the user.
 */
export const useFeedbackSettings = sharedComposable(() => {
  const { organizationId } = useDirectory()
  const read = useLive(() => observeFeedbackSettings(organizationId.value), feedbackSettingsDefaults)
  const settings = read.data
  const calendar = computed(() => workCalendar(settings.value))
  return { settings, organizationId, calendar, error: read.error, retry: read.retry }
})
