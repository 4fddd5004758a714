import { describe, expect, it } from 'vitest'
import { similarPairs } from '../../../src/shared/feedback/similarPairs'
import { diceSimilarity } from '../../../src/shared/text/bigrams'

function randomTexts(count: number, seed: number): string[] {
  const words = ['停车', '排队', '垃圾', '开放', '讲解', '网站', '公开', '数据', '希望', '建议', '增加', '太少', '时间', '服务', '窗口', '指引']
  let state = seed
  const next = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647
  return Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(next() * 6) }, () => words[Math.floor(next() * words.length)]).join(''))
}

describe('similar pairs by inverted index', () => {
  it('find exactly the pairs a comparison of every pair finds, at any threshold', () => {
    const texts = [...randomTexts(400, 7), '', '！', '好']
    for (const threshold of [0.2, 0.3, 0.5, 0.65, 0.8, 1]) {
      const expected: string[] = []
      for (let x = 0; x < texts.length; x++) {
        for (let y = x + 1; y < texts.length; y++) {
          if (diceSimilarity(texts[x], texts[y]) >= threshold)
            expected.push(`${x}-${y}`)
        }
      }
      const found = similarPairs(texts, threshold).map(([a, b]) => `${a}-${b}`)
      expect(found.length, `threshold ${threshold}`).toBeGreaterThan(0)
      expect(found.sort(), `threshold ${threshold}`).toEqual(expected.sort())
    }
  })

  it('give each pair once, earlier index first', () => {
    const pairs = similarPairs(['停车位太少', '停车位太少', '停车位太少'], 0.5)
    expect(pairs).toEqual([[0, 1], [0, 2], [1, 2]])
  })

  it('refuse a threshold outside (0, 1]', () => {
    expect(() => similarPairs(['a'], 0)).toThrow(/threshold/)
    expect(() => similarPairs(['a'], 1.5)).toThrow(/threshold/)
  })
})
