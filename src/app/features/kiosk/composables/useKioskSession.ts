import type { Answer } from '../../../../shared/records/questionnaireResponse'
import type { QuestionnaireResponseRow } from '../../../db/schema'
import { computed, onScopeDispose, ref, type Ref } from 'vue'
import { uuidv7 } from '../../../../shared/ids'
import { standardQuestionnaire } from '../../../../shared/questionnaire/standard'
import { observeEventQuestionnaireResponses, recordQuestionnaireResponse } from '../../../db/questionnaireRepository'
import { useFeedbackEvents } from '../../feedback'
import { useKioskMode } from './useKioskMode'
import { useQuestionnaires } from '../../questionnaires'
import { useSafeWrite } from '../../../composables/useSafeWrite'

/** One event's kiosk: its questionnaire, the responses taken, and saving the next one offline. */
export function useKioskSession(eventId: Ref<string>) {
  const kiosk = useKioskMode()
  const { byId: events } = useFeedbackEvents()
  const questionnaires = useQuestionnaires()
  const { run, saving } = useSafeWrite()
  const taken = ref(0)

  const event = computed(() => events.value.get(eventId.value) ?? null)
  const defaultQuestionnaireId = computed(() => {
    const id = event.value?.questionnaireId
    return id && questionnaires.available.value.some(q => q.id === id) ? id : standardQuestionnaire.id
  })
  const questionnaire = computed(() => {
    const id = kiosk.lock.value?.questionnaireId ?? defaultQuestionnaireId.value
    return questionnaires.byId.value.get(id) ?? standardQuestionnaire
  })

  const stop = observeEventQuestionnaireResponses(eventId.value, (rows) => {
    taken.value = rows.filter(row => row.channel === 'kiosk').length
  }, () => {})
  onScopeDispose(stop)

  /** Saved with its outbox entry before the visitor is thanked; null if the write failed. */
  async function submit(answers: Answer[]): Promise<QuestionnaireResponseRow | undefined> {
    const current = event.value
    if (!current)
      return undefined
    const now = Date.now()
    return run(() => recordQuestionnaireResponse({
      id: uuidv7(now),
      questionnaireId: questionnaire.value.id,
      eventId: current.id,
      unit: current.unit,
      channel: 'kiosk',
      respondentKey: null,
      answers,
      submittedAt: now,
    }))
  }

  return { kiosk, event, questionnaire, available: questionnaires.available, defaultQuestionnaireId, taken, saving, submit }
}
