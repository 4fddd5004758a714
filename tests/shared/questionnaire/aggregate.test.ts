import { describe, expect, it } from 'vitest'
import type { Answer } from '../../../src/shared/records/questionnaireResponse'
import { summarizeResponses } from '../../../src/shared/questionnaire/aggregate'
import { standardQuestionnaire } from '../../../src/shared/questionnaire/standard'

const responses = [
  [{ questionId: 'identity', kind: 'single', optionId: 'o1' }, { questionId: 'overall', kind: 'rating', value: 5 }, { questionId: 'channel', kind: 'multiple', optionIds: ['o1', 'o2'] }],
  [{ questionId: 'identity', kind: 'single', optionId: 'o1' }, { questionId: 'overall', kind: 'rating', value: 4 }, { questionId: 'suggestions', kind: 'text', text: '讲解很好' }],
  [{ questionId: 'identity', kind: 'single', optionId: 'o2' }, { questionId: 'overall', kind: 'rating', value: 3 }, { questionId: 'channel', kind: 'multiple', optionIds: ['o2'] }],
].map(answers => ({ answers: answers as Answer[] }))

describe('questionnaire results', () => {
  const summary = summarizeResponses(standardQuestionnaire, responses)
  const question = (id: string) => summary.questions.find(q => q.questionId === id)!

  it('count each option of a single choice question', () => {
    expect(summary.responses).toBe(3)
    const identity = question('identity')
    expect(identity.answered).toBe(3)
    expect(identity.kind === 'single' && identity.counts.slice(0, 3)).toEqual([
      { optionId: 'o1', text: '市民', count: 2 },
      { optionId: 'o2', text: '企业代表', count: 1 },
      { optionId: 'o3', text: '专家学者', count: 0 },
    ])
  })

  it('count every option chosen in a multiple choice question', () => {
    const channel = question('channel')
    expect(channel.answered).toBe(2)
    expect(channel.kind === 'multiple' && channel.counts.map(c => c.count)).toEqual([1, 2, 0, 0, 0, 0])
  })

  it('average ratings and give their distribution', () => {
    expect(question('overall')).toMatchObject({ kind: 'rating', answered: 3, average: 4, distribution: [0, 0, 1, 1, 1] })
    expect(question('organisation')).toMatchObject({ answered: 0, average: null, distribution: [0, 0, 0, 0, 0] })
  })

  it('collect free text and keep the questionnaire\'s order', () => {
    expect(question('suggestions')).toMatchObject({ kind: 'text', answered: 1, texts: ['讲解很好'] })
    expect(summary.questions.map(q => q.questionId)).toEqual(standardQuestionnaire.questions.map(q => q.id))
  })

  it('leave out and count answers that no longer fit an edited questionnaire', () => {
    const edited = { questions: standardQuestionnaire.questions.filter(q => q.id !== 'channel') }
    const stale = [...responses, { answers: [{ questionId: 'identity', kind: 'single', optionId: 'o99' }] as Answer[] }]
    const result = summarizeResponses(edited, stale)
    expect(result.ignored).toBe(3)
    expect(result.questions.find(q => q.questionId === 'identity')?.answered).toBe(3)
  })
})
