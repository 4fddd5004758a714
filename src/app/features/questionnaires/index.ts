// Questionnaires (问卷): editing, public links and QR codes, results. Public: the form and the
// results the kiosk and the event report show.
export { default as QuestionnaireEventPanel } from './components/QuestionnaireEventPanel.vue'
export { default as QuestionnaireForm } from './components/QuestionnaireForm.vue'
export { default as QuestionnaireResults } from './components/QuestionnaireResults.vue'
export { useQuestionnaireResults } from './composables/useQuestionnaireResults'
export { useQuestionnaires } from './composables/useQuestionnaires'
export { requestPublicLink } from './composables/useWantedPublicLink'
