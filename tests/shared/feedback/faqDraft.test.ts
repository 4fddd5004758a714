import { describe, expect, it } from 'vitest'
import { draftFaqFromGroup } from '../../../src/shared/feedback/faqDraft'
import { groupSimilarFeedback } from '../../../src/shared/feedback/grouping'
import { uuidv7 } from '../../../src/shared/ids'
import { faqPatchSchema, faqRecordSchema } from '../../../src/shared/records/faq'
import { feedback, t0 } from './fixtures'

const drafting = { id: uuidv7(t0), unit: '区政府办公室', by: 'coord', now: t0, order: 4 }

describe('FAQ draft from a group', () => {
  const items = [
    feedback({ id: uuidv7(1), content: '停车位太少，希望增加停车位', topic: '交通出行', createdAt: 1 }),
    feedback({ id: uuidv7(2), content: '停车位太少了，建议增加停车位', topic: '交通出行', createdAt: 2, status: 'replied', reply: '已协调周边停车场', repliedOn: '2025-06-05' }),
    feedback({ id: uuidv7(3), content: '活动现场停车位太少，希望增加', topic: '交通出行', createdAt: 3, status: 'replied', reply: '已开放临时停车场', repliedOn: '2025-06-09' }),
  ]

  it('is a valid draft with the representative wording, the latest reply and its sources', () => {
    const [group] = groupSimilarFeedback(items)
    const draft = draftFaqFromGroup(group, items, drafting)
    expect(draft).toMatchObject({
      topic: '交通出行',
      question: '停车位太少，希望增加停车位',
      answer: '已开放临时停车场',
      status: 'draft',
      publishedAt: null,
      order: 4,
      sourceFeedbackIds: items.map(i => i.id),
    })
    expect(faqRecordSchema.safeParse(draft).success).toBe(true)
  })

  it('starts with an empty answer when nothing was replied yet', () => {
    const open = items.map(i => ({ ...i, reply: null, repliedOn: null }))
    expect(draftFaqFromGroup(groupSimilarFeedback(open)[0], open, drafting).answer).toBe('')
  })
})

describe('FAQ record', () => {
  const entry = { id: uuidv7(t0), unit: '区政府办公室', topic: '交通出行', question: '停车难怎么办', answer: '', status: 'draft', publishedAt: null, sourceFeedbackIds: [], order: 0, createdAt: t0, createdBy: 'coord' }

  it('publishes only with an answer and a publication time; a draft has none', () => {
    expect(faqRecordSchema.safeParse(entry).success).toBe(true)
    expect(faqRecordSchema.safeParse({ ...entry, status: 'published', answer: '可停周边停车场', publishedAt: 5 }).success).toBe(true)
    expect(faqRecordSchema.safeParse({ ...entry, status: 'published', publishedAt: 5 }).error?.issues.map(i => i.message)).toEqual(['已发布的问答须有答案'])
    expect(faqRecordSchema.safeParse({ ...entry, publishedAt: 5 }).error?.issues.map(i => i.path.join('.'))).toEqual(['publishedAt'])
  })

  it('changes question, answer and publication together', () => {
    expect(faqPatchSchema.safeParse({ answer: '新答复' }).error?.issues.map(i => i.path.join('.')).sort()).toEqual(['publishedAt', 'question', 'status'])
    expect(faqPatchSchema.safeParse({ question: '问', answer: '答', status: 'published', publishedAt: 5 }).success).toBe(true)
    expect(faqPatchSchema.safeParse({ order: 3 }).success).toBe(true)
  })
})
