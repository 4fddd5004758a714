import { describe, expect, it } from 'vitest'
import type { Answer } from '../../../src/shared/records/questionnaireResponse'
import { validateAnswers } from '../../../src/shared/questionnaire/answers'
import { availableQuestionnaires, standardQuestionnaire } from '../../../src/shared/questionnaire/standard'

const complete: Answer[] = [
  { questionId: 'identity', kind: 'single', optionId: 'o1' },
  { questionId: 'channel', kind: 'multiple', optionIds: ['o1', 'o3'] },
  { questionId: 'overall', kind: 'rating', value: 5 },
  { questionId: 'organisation', kind: 'rating', value: 4 },
  { questionId: 'understanding', kind: 'single', optionId: 'o2' },
  { questionId: 'again', kind: 'single', optionId: 'o1' },
  { questionId: 'suggestions', kind: 'text', text: '希望多举办' },
]
const required = complete.filter(a => ['identity', 'overall', 'organisation', 'understanding', 'again'].includes(a.questionId))

describe('standard questionnaire', () => {
  it('asks single choice, multiple choice, rating and free text questions in Chinese', () => {
    expect(new Set(standardQuestionnaire.questions.map(q => q.kind))).toEqual(new Set(['single', 'multiple', 'rating', 'text']))
    expect(standardQuestionnaire.title).toBe('政府开放活动满意度调查')
  })

  it('is replaced by a coordinator\'s stored copy and hidden once archived', () => {
    const edited = { ...standardQuestionnaire, title: '本区开放日问卷' }
    expect(availableQuestionnaires([edited])).toEqual([edited])
    expect(availableQuestionnaires([{ ...edited, archived: true }])).toEqual([])
    expect(availableQuestionnaires([])).toEqual([standardQuestionnaire])
  })
})

describe('answer validation', () => {
  it('accepts a complete response and one with only the required answers', () => {
    expect(validateAnswers(standardQuestionnaire, complete)).toEqual([])
    expect(validateAnswers(standardQuestionnaire, required)).toEqual([])
  })

  it('names each required question left unanswered', () => {
    expect(validateAnswers(standardQuestionnaire, required.slice(1)).map(i => i.questionId)).toEqual(['identity'])
    expect(validateAnswers(standardQuestionnaire, [])).toHaveLength(5)
  })

  it('names unknown questions and options, wrong kinds, too many choices, ratings off the scale and long text', () => {
    const bad: Answer[] = [
      ...required,
      { questionId: 'nope', kind: 'text', text: 'x' },
      { questionId: 'channel', kind: 'multiple', optionIds: ['o1', 'o9'] },
      { questionId: 'topics', kind: 'multiple', optionIds: ['o1', 'o2', 'o3', 'o4'] },
      { questionId: 'suggestions', kind: 'rating', value: 3 },
    ]
    expect(validateAnswers(standardQuestionnaire, bad)).toEqual([
      { questionId: 'nope', message: '没有题目 nope' },
      { questionId: 'channel', message: '题目 channel 没有选项 o9' },
      { questionId: 'topics', message: '题目 topics 最多选 3 项' },
      { questionId: 'suggestions', message: '题目 suggestions 应按 text 作答，不是 rating' },
    ])
    const offScale = required.map(a => a.questionId === 'overall' ? { ...a, value: 6 } : a) as Answer[]
    expect(validateAnswers(standardQuestionnaire, offScale)).toEqual([{ questionId: 'overall', message: '题目 overall 的评分为 1 到 5' }])
    const long: Answer[] = [...required, { questionId: 'suggestions', kind: 'text', text: '长'.repeat(501) }]
    expect(validateAnswers(standardQuestionnaire, long)).toEqual([{ questionId: 'suggestions', message: '题目 suggestions 最多 500 个字' }])
  })
})
