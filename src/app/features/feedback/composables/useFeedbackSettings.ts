import { computed } from 'vue'
import { workCalendar } from '../../../../shared/calendar'
import { feedbackSettingsDefaults } from '../../../../shared/records/feedbackSettings'
import { observeFeedbackSettings } from '../../../db/feedbackRepository'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useLive } from '../../../composables/useLive'

/** Topics and reply deadlines as the coordinators set them; the defaults until a sync brings theirs. */
export const useFeedbackSettings = sharedComposable(() => {
  const read = useLive(() => observeFeedbackSettings(), feedbackSettingsDefaults)
  const settings = read.data
  const calendar = computed(() => workCalendar(settings.value))
  return { settings, calendar, error: read.error, retry: read.retry }
})
