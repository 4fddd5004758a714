// Whether a visitor's answers fit the questionnaire: the record schema checks their shape,
// this checks them against the questions (known ids, options, limits, required ones).
import type { Question, QuestionnaireRecord } from '../records/questionnaire'
import type { Answer } from '../records/questionnaireResponse'

export interface AnswerIssue {
  questionId: string
  message: string
}

/** Why one answer does not fit its question; null when it does. */
export function answerProblem(question: Question, answer: Answer): string | null {
  if (answer.kind !== question.kind)
    return `题目 ${question.id} 应按 ${question.kind} 作答，不是 ${answer.kind}`
  if (answer.kind === 'single' || answer.kind === 'multiple') {
    const known = new Set((question as Extract<Question, { options: unknown }>).options.map(option => option.id))
    const chosen = answer.kind === 'single' ? [answer.optionId] : answer.optionIds
    const unknown = chosen.find(id => !known.has(id))
    if (unknown)
      return `题目 ${question.id} 没有选项 ${unknown}`
  }
  if (answer.kind === 'multiple' && question.kind === 'multiple' && question.maxChoices !== null && answer.optionIds.length > question.maxChoices)
    return `题目 ${question.id} 最多选 ${question.maxChoices} 项`
  if (answer.kind === 'rating' && question.kind === 'rating' && answer.value > question.scale)
    return `题目 ${question.id} 的评分为 1 到 ${question.scale}`
  if (answer.kind === 'text' && question.kind === 'text' && answer.text.length > question.maxLength)
    return `题目 ${question.id} 最多 ${question.maxLength} 个字`
  return null
}

export function validateAnswers(questionnaire: Pick<QuestionnaireRecord, 'questions'>, answers: readonly Answer[]): AnswerIssue[] {
  const questions = new Map(questionnaire.questions.map(question => [question.id, question]))
  const issues: AnswerIssue[] = []
  for (const answer of answers) {
    const question = questions.get(answer.questionId)
    const problem = question ? answerProblem(question, answer) : `没有题目 ${answer.questionId}`
    if (problem)
      issues.push({ questionId: answer.questionId, message: problem })
  }
  const answered = new Set(answers.map(answer => answer.questionId))
  for (const question of questionnaire.questions) {
    if (question.required && !answered.has(question.id))
      issues.push({ questionId: question.id, message: `题目 ${question.id} 必须作答` })
  }
  return issues
}
