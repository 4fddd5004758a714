// Questionnaires (问卷): editing, public links and QR codes, results. Public: the form and the
// results the kiosk and the event report show.
import { defineAsyncComponent } from 'vue'
import QuestionnairePanelWaiting from './components/QuestionnairePanelWaiting.vue'

export { default as QuestionnaireEventPanel } from './components/QuestionnaireEventPanel.vue'
export { default as QuestionnaireForm } from './components/QuestionnaireForm.vue'
export { default as QuestionnaireResults } from './components/QuestionnaireResults.vue'
export { useQuestionnaireResults } from './composables/useQuestionnaireResults'
export { useQuestionnaires } from './composables/useQuestionnaires'
// Its own chunk, for the event screen: the panel sits below the checklist, so it can come after the first paint.
export { default as QuestionnairePanelWaiting } from './components/QuestionnairePanelWaiting.vue'
export const QuestionnaireEventPanelLater = defineAsyncComponent({
  loader: () => import('./components/QuestionnaireEventPanel.vue'),
  loadingComponent: QuestionnairePanelWaiting,
  delay: 0,
})
export { requestPublicLink } from './composables/requestPublicLink'
