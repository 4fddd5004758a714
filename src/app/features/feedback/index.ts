// Public feedback (意见): inbox, quick entry, handling, issues, settings. Public: the events
// feedback may be linked to (the kiosk reuses them) and 首页's overdue card, loaded after the first paint.
import { defineAsyncComponent } from 'vue'
import { loadLaterMessages } from '../../i18n'

export { useFeedbackEvents } from './composables/useFeedbackEvents'
export { useFeedbackSettings } from './composables/useFeedbackSettings'

// Its own chunk: overdue feedback is flagged on 首页, but it is not what 首页 paints first.
export const FeedbackOverdueCard = defineAsyncComponent(() => loadLaterMessages(['auth', 'feedback', 'sync']).then(() => import('./components/FeedbackOverdueCard.vue')))
