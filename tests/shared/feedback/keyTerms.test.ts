import { describe, expect, it } from 'vitest'
import { groupSimilarFeedback } from '../../../src/shared/feedback/grouping'
import { keyTermsOf, sharedTermPairs } from '../../../src/shared/feedback/keyTerms'
import { diceSimilarity } from '../../../src/shared/text/bigrams'

let clock = 0
const item = (content: string, topic = '交通出行') => ({ id: `k${++clock}`, topic, content, createdAt: clock })

describe('key terms', () => {
  it('keep what a comment is about and drop how it is asked', () => {
    expect(keyTermsOf('停车位太少，希望增加停车位')).toEqual(['停车', '车位'])
    expect(keyTermsOf('建议增加公交班次')).toEqual(['公交', '交班', '班次'])
    expect(keyTermsOf('很好！谢谢')).toEqual([])
  })

  it('pair the same concern worded differently, which wording similarity misses', () => {
    const texts = ['停车位太少，希望增加停车位', '车位不够，停车很困难', '讲解员的讲解很精彩']
    expect(diceSimilarity(texts[0], texts[1])).toBeLessThan(0.5)
    expect(sharedTermPairs(texts)).toEqual([[0, 1]])
  })

  it('need two shared terms: one common word is not the same concern', () => {
    expect(sharedTermPairs(['公交站台太远', '公交线路太少'])).toEqual([])
  })
})

describe('grouping by shared key terms', () => {
  it('groups differently worded complaints about parking, and keeps other concerns apart', () => {
    const parking = [item('停车位太少，希望增加停车位'), item('车位不够，停车很困难'), item('来参观找不到停车位')]
    const bus = item('建议增加公交班次')
    const groups = groupSimilarFeedback([...parking, bus])
    expect(groups).toHaveLength(1)
    expect(groups[0].ids).toEqual(parking.map(p => p.id))
    expect(groups[0].concentrated).toBe(true)
  })
})
