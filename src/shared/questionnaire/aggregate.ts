// Results of a questionnaire for the event report: counts per option, average rating, texts.
// Answers that no longer fit an edited questionnaire are left out and counted as ignored.
import type { Question, QuestionnaireRecord } from '../records/questionnaire'
import type { Answer, QuestionnaireResponseRecord } from '../records/questionnaireResponse'
import { answerProblem } from './answers'

interface Common {
  questionId: string
  text: string
  /** Responses that answered this question. */
  answered: number
}

export type QuestionSummary
  = | Common & { kind: 'single' | 'multiple', counts: Array<{ optionId: string, text: string, count: number }> }
    | Common & { kind: 'rating', scale: number, average: number | null, distribution: number[] }
    | Common & { kind: 'text', texts: string[] }

export interface QuestionnaireSummary {
  responses: number
  questions: QuestionSummary[]
  /** Answers that do not fit the questionnaire as it is now. */
  ignored: number
}

function summarize(question: Question, answers: Answer[]): QuestionSummary {
  const common = { questionId: question.id, text: question.text, answered: answers.length }
  if (question.kind === 'rating') {
    const distribution = Array.from({ length: question.scale }, () => 0)
    let sum = 0
    for (const answer of answers as Array<Extract<Answer, { kind: 'rating' }>>) {
      distribution[answer.value - 1]++
      sum += answer.value
    }
    return { ...common, kind: 'rating', scale: question.scale, average: answers.length ? sum / answers.length : null, distribution }
  }
  if (question.kind === 'text')
    return { ...common, kind: 'text', texts: (answers as Array<Extract<Answer, { kind: 'text' }>>).map(a => a.text) }
  const counts = new Map(question.options.map(option => [option.id, 0]))
  for (const answer of answers) {
    for (const id of answer.kind === 'single' ? [answer.optionId] : answer.kind === 'multiple' ? answer.optionIds : [])
      counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return { ...common, kind: question.kind, counts: question.options.map(o => ({ optionId: o.id, text: o.text, count: counts.get(o.id) ?? 0 })) }
}

export function summarizeResponses(
  questionnaire: Pick<QuestionnaireRecord, 'questions'>,
  responses: readonly Pick<QuestionnaireResponseRecord, 'answers'>[],
): QuestionnaireSummary {
  const questions = new Map(questionnaire.questions.map(q => [q.id, q]))
  const byQuestion = new Map<string, Answer[]>(questionnaire.questions.map(q => [q.id, []]))
  let ignored = 0
  for (const response of responses) {
    for (const answer of response.answers) {
      const question = questions.get(answer.questionId)
      if (question && answerProblem(question, answer) === null)
        byQuestion.get(question.id)!.push(answer)
      else
        ignored++
    }
  }
  return {
    responses: responses.length,
    questions: questionnaire.questions.map(q => summarize(q, byQuestion.get(q.id)!)),
    ignored,
  }
}
