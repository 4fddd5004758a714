import type { FeedbackSettingsRow } from '../../../db/schema'
import { computed, shallowRef, watch } from 'vue'
import { workCalendar } from '../../../../shared/calendar'
import { feedbackSettingsDefaults } from '../../../../shared/records/feedbackSettings'
import { observeFeedbackSettings } from '../../../db/feedbackRepository'
import { sharedComposable } from '../../../composables/sharedComposable'
import { useDirectory } from '../../directory'

/**
 * Topics and reply deadlines as my organization's coordinators set them; the shared settings
 * until it has its own, the defaults until a sync brings either.
 */
export const useFeedbackSettings = sharedComposable(() => {
  const { organizationId } = useDirectory()
  const settings = shallowRef<FeedbackSettingsRow>(feedbackSettingsDefaults)
  // The organization is known only once the directory is on the device, or changes with the user.
  watch(organizationId, (organization, _, onCleanup) => {
    onCleanup(observeFeedbackSettings(organization, (next) => {
      settings.value = next
    }, () => {}))
  }, { immediate: true })
  const calendar = computed(() => workCalendar(settings.value))
  return { settings, organizationId, calendar }
})
