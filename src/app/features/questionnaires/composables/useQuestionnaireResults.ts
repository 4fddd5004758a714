import type { QuestionnaireSummary } from '../../../../shared/questionnaire/aggregate'
import type { QuestionnaireResponseRow } from '../../../db/schema'
import { computed } from 'vue'
import { summarizeResponses } from '../../../../shared/questionnaire/aggregate'
import { observeEventQuestionnaireResponses } from '../../../db/questionnaireRepository'
import { useQuestionnaires } from './useQuestionnaires'
import { combinedRead, useLive } from '../../../composables/useLive'

export interface EventQuestionnaireResult {
  questionnaireId: string
  title: string
  summary: QuestionnaireSummary
}

/** An event's questionnaire results (kiosk and visitors' own phones), one summary per questionnaire used. */
export function useQuestionnaireResults(eventId: () => string) {
  const questionnaires = useQuestionnaires()
  const read = useLive(() => observeEventQuestionnaireResponses(eventId()), [] as QuestionnaireResponseRow[])
  const responses = read.data

  const results = computed<EventQuestionnaireResult[]>(() => {
    const byQuestionnaire = new Map<string, QuestionnaireResponseRow[]>()
    for (const response of responses.value)
      byQuestionnaire.set(response.questionnaireId, [...(byQuestionnaire.get(response.questionnaireId) ?? []), response])
    return [...byQuestionnaire].flatMap(([id, rows]) => {
      const questionnaire = questionnaires.byId.value.get(id)
      return questionnaire ? [{ questionnaireId: id, title: questionnaire.title, summary: summarizeResponses(questionnaire, rows) }] : []
    })
  })

  // Summaries need both the responses and their questionnaires' questions.
  const { error, retry } = combinedRead([read, questionnaires])
  return { responses, results, error, retry }
}
