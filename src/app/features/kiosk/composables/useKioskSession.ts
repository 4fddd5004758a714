import type { Answer } from '../../../../shared/records/questionnaireResponse'
import type { QuestionnaireResponseRow } from '../../../db/schema'
import { computed, type Ref } from 'vue'
import { uuidv7 } from '../../../../shared/ids'
import { standardQuestionnaire } from '../../../../shared/questionnaire/standard'
import { observeEventQuestionnaireResponses, recordQuestionnaireResponse } from '../../../db/questionnaireRepository'
import { useFeedbackEvents } from '../../feedback'
import { useKioskMode } from './useKioskMode'
import { useQuestionnaires } from '../../questionnaires'
import { useSafeWrite } from '../../../composables/useSafeWrite'
import { combinedRead, useLive } from '../../../composables/useLive'

/** One event's kiosk: its questionnaire, the responses taken, and saving the next one offline. */
export function useKioskSession(eventId: Ref<string>) {
  const kiosk = useKioskMode()
  const feedbackEvents = useFeedbackEvents()
  const events = feedbackEvents.byId
  const questionnaires = useQuestionnaires()
  const { run, saving } = useSafeWrite()
  const responses = useLive(() => observeEventQuestionnaireResponses(eventId.value), [] as QuestionnaireResponseRow[])
  const taken = computed(() => responses.data.value.filter(row => row.channel === 'kiosk').length)
  // Unread, the event would look missing and the count of answers taken would look like none.
  const { error, retry } = combinedRead([feedbackEvents, questionnaires, responses])

  const event = computed(() => events.value.get(eventId.value) ?? null)
  const defaultQuestionnaireId = computed(() => {
    const id = event.value?.questionnaireId
    return id && questionnaires.available.value.some(q => q.id === id) ? id : standardQuestionnaire.id
  })
  const questionnaire = computed(() => {
    const id = kiosk.lock.value?.questionnaireId ?? defaultQuestionnaireId.value
    return questionnaires.byId.value.get(id) ?? standardQuestionnaire
  })

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

  return { kiosk, event, questionnaire, available: questionnaires.available, defaultQuestionnaireId, taken, error, retry, saving, submit }
}
