import type { Question } from '../../../../shared/records/questionnaire'
import type { Answer } from '../../../../shared/records/questionnaireResponse'
import { computed, ref } from 'vue'
import { validateAnswers } from '../../../../shared/questionnaire/answers'

export type AnswerProblem = 'required' | 'invalid'

/** Drafts as typed: text keeps its spaces until it is sent, so typing is never rewritten under the cursor. */
function finished(answer: Answer): Answer | null {
  if (answer.kind === 'text') {
    const text = answer.text.trim()
    return text ? { ...answer, text } : null
  }
  if (answer.kind === 'multiple' && answer.optionIds.length === 0)
    return null
  return answer
}

/**
 * One visitor's answers to a questionnaire while they fill it in, and what still stops it from
 * being sent. Checked with the same rules the server applies (questionnaire/answers.ts).
 */
export function useQuestionnaireAnswers(questions: () => readonly Question[]) {
  const drafts = ref<Record<string, Answer>>({})
  const shown = ref(false)

  const answers = computed<Answer[]>(() => questions()
    .map(q => drafts.value[q.id] && finished(drafts.value[q.id]))
    .filter((a): a is Answer => !!a))

  const problems = computed<Record<string, AnswerProblem>>(() => {
    const out: Record<string, AnswerProblem> = {}
    const given = new Set(answers.value.map(a => a.questionId))
    for (const question of questions()) {
      if (question.required && !given.has(question.id))
        out[question.id] = 'required'
    }
    for (const issue of validateAnswers({ questions: [...questions()] }, answers.value))
      out[issue.questionId] ??= 'invalid'
    return out
  })

  function set(questionId: string, answer: Answer | null): void {
    const next = { ...drafts.value }
    if (answer)
      next[questionId] = answer
    else
      delete next[questionId]
    drafts.value = next
  }

  /** The answers ready to send, or null after marking what is missing. */
  function take(): Answer[] | null {
    shown.value = true
    return Object.keys(problems.value).length ? null : answers.value
  }

  function reset(): void {
    drafts.value = {}
    shown.value = false
  }

  /** Problems are shown only after a first try to send, not while someone is still reading. */
  const visibleProblems = computed(() => shown.value ? problems.value : {})

  return { drafts, answers, problems: visibleProblems, set, take, reset }
}
