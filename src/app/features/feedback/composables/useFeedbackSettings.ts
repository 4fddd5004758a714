import type { FeedbackSettingsRow } from '../../../db/schema'
import { computed, shallowRef } from 'vue'
import { workCalendar } from '../../../../shared/calendar'
import { feedbackSettingsDefaults } from '../../../../shared/records/feedbackSettings'
import { observeFeedbackSettings } from '../../../db/feedbackRepository'
import { sharedComposable } from '../../../composables/sharedComposable'

/** Topics and reply deadlines as the coordinators set them; the defaults until a sync brings theirs. */
export const useFeedbackSettings = sharedComposable(() => {
  const settings = shallowRef<FeedbackSettingsRow>(feedbackSettingsDefaults)
  observeFeedbackSettings((next) => {
    settings.value = next
  }, () => {})
  const calendar = computed(() => workCalendar(settings.value))
  return { settings, calendar }
})
