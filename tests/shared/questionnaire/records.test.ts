import { describe, expect, it } from 'vitest'
import { uuidv7 } from '../../../src/shared/ids'
import { questionnairePatchSchema, questionnaireRecordSchema } from '../../../src/shared/records/questionnaire'
import { questionnaireResponseRecordSchema } from '../../../src/shared/records/questionnaireResponse'
import { standardQuestionnaire } from '../../../src/shared/questionnaire/standard'
import { pathsOf, t0 } from '../feedback/fixtures'

const response = {
  id: uuidv7(t0),
  questionnaireId: standardQuestionnaire.id,
  eventId: uuidv7(t0 - 1),
  unit: '区生态环境局',
  channel: 'kiosk',
  respondentKey: null,
  answers: [{ questionId: 'overall', kind: 'rating', value: 5 }],
  submittedAt: t0,
}

describe('questionnaire record', () => {
  it('accepts the standard questionnaire', () => {
    expect(questionnaireRecordSchema.safeParse(standardQuestionnaire).success).toBe(true)
  })

  it('names duplicate question and option ids and choice questions with too few options', () => {
    const [identity, channel] = standardQuestionnaire.questions
    const bad = { ...standardQuestionnaire, questions: [identity, { ...channel, id: 'identity' }] }
    expect(pathsOf(questionnaireRecordSchema.safeParse(bad))).toEqual(['questions.1'])
    const sameOption = { ...identity, options: [{ id: 'o1', text: '甲' }, { id: 'o1', text: '乙' }] }
    expect(pathsOf(questionnaireRecordSchema.safeParse({ ...standardQuestionnaire, questions: [sameOption] }))).toEqual(['questions.0.options.1'])
    const oneOption = { ...identity, options: [{ id: 'o1', text: '甲' }] }
    expect(pathsOf(questionnaireRecordSchema.safeParse({ ...standardQuestionnaire, questions: [oneOption] }))).toEqual(['questions.0.options'])
  })

  it('names an unknown question kind and a rating scale out of range', () => {
    expect(pathsOf(questionnaireRecordSchema.safeParse({ ...standardQuestionnaire, questions: [{ id: 'x', kind: 'slider', text: '?', required: false }] }))).toEqual(['questions.0.kind'])
    const rating = { id: 'r', kind: 'rating', text: '评分', required: true, scale: 11, lowLabel: '', highLabel: '' }
    expect(pathsOf(questionnaireRecordSchema.safeParse({ ...standardQuestionnaire, questions: [rating] }))).toEqual(['questions.0.scale'])
  })

  it('is patched as a whole list of questions', () => {
    expect(questionnairePatchSchema.safeParse({ questions: standardQuestionnaire.questions.slice(0, 2), updatedAt: 5 }).success).toBe(true)
    expect(questionnairePatchSchema.safeParse({ questions: [] }).success).toBe(false)
  })
})

describe('questionnaire response record', () => {
  it('accepts a kiosk response and a link response with its device key', () => {
    expect(questionnaireResponseRecordSchema.safeParse(response).success).toBe(true)
    expect(questionnaireResponseRecordSchema.safeParse({ ...response, channel: 'link', respondentKey: 'k'.repeat(22) }).success).toBe(true)
  })

  it('keys link responses and only them', () => {
    expect(pathsOf(questionnaireResponseRecordSchema.safeParse({ ...response, channel: 'link' }))).toEqual(['respondentKey'])
    expect(pathsOf(questionnaireResponseRecordSchema.safeParse({ ...response, respondentKey: 'k'.repeat(22) }))).toEqual(['respondentKey'])
  })

  it('names malformed answers and a question answered twice', () => {
    const answers = [{ questionId: 'overall', kind: 'rating', value: 0 }, { questionId: 'topics', kind: 'multiple', optionIds: [] }, { questionId: 'suggestions', kind: 'text', text: ' ' }]
    expect(pathsOf(questionnaireResponseRecordSchema.safeParse({ ...response, answers })).sort()).toEqual(['answers.0.value', 'answers.1.optionIds', 'answers.2.text'])
    const twice = [{ questionId: 'overall', kind: 'rating', value: 4 }, { questionId: 'overall', kind: 'rating', value: 5 }]
    expect(pathsOf(questionnaireResponseRecordSchema.safeParse({ ...response, answers: twice }))).toEqual(['answers.1'])
  })
})
