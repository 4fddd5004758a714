import { describe, expect, it } from 'vitest'
import { concentratedSize, type Groupable, groupSimilarFeedback, similarityThreshold } from '../../../src/shared/feedback/grouping'
import { sharedTermPairs } from '../../../src/shared/feedback/keyTerms'
import { bigramsOf, diceSimilarity } from '../../../src/shared/text/bigrams'

let clock = 0
const item = (content: string, topic = '交通出行'): Groupable => ({ id: `f${++clock}`, topic, content, createdAt: clock })

describe('bigrams and similarity', () => {
  it('split at punctuation and fold width and case', () => {
    expect(bigramsOf('停车难，难停车')).toEqual(['停车', '车难', '难停'])
    expect(bigramsOf('ＡＢ ab')).toEqual(['ab'])
    expect(bigramsOf('好！')).toEqual(['好'])
    expect(bigramsOf('！！')).toEqual([])
  })

  it('scores the same wording 1, rewordings high and different issues low', () => {
    expect(diceSimilarity('停车位太少', '停车位太少')).toBe(1)
    expect(diceSimilarity('停车位太少，希望增加停车位', '停车位太少了，建议增加停车位')).toBeGreaterThanOrEqual(similarityThreshold)
    expect(diceSimilarity('办事大厅排队时间太长', '大厅排队等候时间太长了')).toBeGreaterThanOrEqual(similarityThreshold)
    expect(diceSimilarity('停车位太少，希望增加停车位', '希望多举办这样的开放活动')).toBeLessThan(similarityThreshold)
    expect(diceSimilarity('办事大厅排队时间太长', '希望增加自助办理设备')).toBe(0)
    expect(diceSimilarity('', '')).toBe(0)
  })
})

describe('concentrated issues', () => {
  it('group rewordings of one issue on the same topic and flag three or more as 集中反映', () => {
    const parking = [item('停车位太少，希望增加停车位'), item('停车位太少了，建议增加停车位'), item('活动现场停车位太少，希望增加')]
    const queue = [item('办事大厅排队时间太长', '政务服务'), item('大厅排队等候时间太长了', '政务服务')]
    const alone = item('希望多举办这样的开放活动', '活动组织')
    const groups = groupSimilarFeedback([alone, ...queue, ...parking])
    expect(groups).toEqual([
      { topic: '交通出行', ids: parking.map(p => p.id), representativeId: parking[0].id, concentrated: true },
      { topic: '政务服务', ids: queue.map(q => q.id), representativeId: queue[0].id, concentrated: false },
    ])
    expect(concentratedSize).toBe(3)
  })

  it('never group across topics, however alike the wording', () => {
    expect(groupSimilarFeedback([item('停车位太少', '交通出行'), item('停车位太少', '活动组织')])).toEqual([])
  })

  it('pick as representative the item similar to most others, else the oldest', () => {
    const a = item('停车位太少')
    const b = item('希望增加停车场')
    const hub = item('停车位太少，希望增加停车场')
    expect(groupSimilarFeedback([b, hub, a])[0]).toMatchObject({ ids: [a.id, b.id, hub.id], representativeId: hub.id })
    const alike = [item('垃圾清运不及时'), item('垃圾清运不及时！')]
    expect(groupSimilarFeedback([...alike].reverse())[0].representativeId).toBe(alike[0].id)
  })

  it('take another threshold and group size', () => {
    const items = [item('希望多举办这样的开放活动'), item('希望以后多举办此类开放日活动')]
    expect(groupSimilarFeedback(items)).toEqual([])
    expect(groupSimilarFeedback(items, { threshold: 0.4, concentratedSize: 2 })[0].concentrated).toBe(true)
    expect(() => groupSimilarFeedback(items, { threshold: 0 })).toThrow(/threshold/)
  })

  it('put many copies of the same words in one group with similar wordings, and never group items without words', () => {
    const copies = Array.from({ length: 1000 }, (_, i) => item(i % 2 ? '很好！' : '很好'))
    const near = item('很好很好')
    const blank = [item('！！'), item('……'), item('？')]
    const [group, ...rest] = groupSimilarFeedback([...blank, near, ...copies])
    expect(rest).toEqual([])
    expect(group.ids).toHaveLength(1001)
    expect(group.ids).toContain(near.id)
    expect(group.representativeId).toBe(copies[0].id)
  })

  it('do not chain: a group is a star, every member similar to the representative', () => {
    // a~b, b~c, c~d, but a≁c and b≁d: b is the oldest of the best-connected, d stays apart.
    const [a, b, c, d] = ['甲乙丙丁戊', '丙丁戊己庚', '戊己庚辛壬', '庚辛壬癸子'].map(text => item(text))
    expect(diceSimilarity(a.content, c.content)).toBeLessThan(similarityThreshold)
    expect(groupSimilarFeedback([a, b, c, d])).toEqual([{ topic: '交通出行', ids: [a.id, b.id, c.id], representativeId: b.id, concentrated: true }])
  })

  it('keep every member of many random groups similar to its representative or sharing its key terms, each item in one group', () => {
    const words = ['停车', '排队', '垃圾', '开放', '讲解', '网站', '公开', '数据', '希望', '建议', '增加', '太少', '时间', '服务']
    let seed = 11
    const next = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647
    const items = Array.from({ length: 300 }, () => item(Array.from({ length: 2 + Math.floor(next() * 4) }, () => words[Math.floor(next() * words.length)]).join('')))
    const byId = new Map(items.map(i => [i.id, i]))
    const groups = groupSimilarFeedback(items)
    expect(groups.length).toBeGreaterThan(5)
    const wordings = [...new Map(items.map(i => [bigramsOf(i.content).sort().join(' '), i.content])).values()]
    const sharingTerms = new Set(sharedTermPairs(wordings).map(([a, b]) => `${wordings[a]}|${wordings[b]}`))
    const related = (a: string, b: string) => diceSimilarity(a, b) >= similarityThreshold || sharingTerms.has(`${a}|${b}`) || sharingTerms.has(`${b}|${a}`)
      || bigramsOf(a).sort().join(' ') === bigramsOf(b).sort().join(' ')
    for (const group of groups) {
      const centre = byId.get(group.representativeId)!
      for (const id of group.ids)
        expect(related(centre.content, byId.get(id)!.content), `${centre.content} ~ ${byId.get(id)!.content}`).toBe(true)
    }
    const all = groups.flatMap(g => g.ids)
    expect(new Set(all).size).toBe(all.length)
  })
})
