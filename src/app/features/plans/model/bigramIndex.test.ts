import { describe, expect, it } from 'vitest'
import { normalizeForSearch } from '../../../../shared/text/bigrams'
import { BigramIndex } from './bigramIndex'

const docs = [
  '组织开展政府开放日活动，设置座谈环节',
  '丰富完善政策留言板功能',
  '开放数据目录，日常维护', // has 开放 and 日 but not 开放日
  'ＡＰＰ　政务新媒体２０２４年度报表',
]

function built(texts = docs) {
  const index = new BigramIndex(i => texts[i], texts.length)
  index.indexFor(1000)
  return index
}

describe('BigramIndex', () => {
  it('finds every document that contains a Chinese word, and only those', () => {
    expect(built().search('开放日')).toEqual([0])
    expect(built().search('留言板')).toEqual([1])
  })

  it('confirms bigram candidates, so 开放 + 放日 in different places do not match 开放日', () => {
    expect(built().search('开放')).toEqual([0, 2])
    expect(built().search('开放日')).not.toContain(2)
  })

  it('requires every space-separated term', () => {
    expect(built().search('开放日 座谈')).toEqual([0])
    expect(built().search('开放日 留言板')).toEqual([])
  })

  it('matches full-width letters and digits and ignores case and spaces', () => {
    expect(built().search('app 政务')).toEqual([3])
    expect(built().search('2024')).toEqual([3])
    expect(normalizeForSearch('Ａ Ｂ')).toBe('ab')
  })

  it('answers single characters and empty queries', () => {
    expect(built().search('板')).toEqual([1])
    expect(built().search('   ')).toEqual([])
  })

  it('answers correctly while the index is still being built', () => {
    const index = new BigramIndex(i => docs[i], docs.length)
    expect(index.complete).toBe(false)
    expect(index.search('开放日')).toEqual([0])
    index.indexFor(1000)
    expect(index.complete).toBe(true)
    expect(index.search('开放日')).toEqual([0])
  })
})
