// 集中反映: feedback on the same topic in similar wording, or sharing the words that carry the
// concern (keyTerms.ts), is grouped, and a group of three or more is flagged. Similar pairs come
// from similarPairs.ts and sharedTermPairs; groups are stars around the item
// with the most similar neighbours: every member is similar to its group's representative, so
// a chain of small rewordings cannot drift from one issue into another.
import type { FeedbackRecord } from '../records/feedback'
import { compareCodeUnits } from '../order'
import { visitSharedTermPairs } from './keyTerms'
import { visitSimilarGramPairs } from './similarPairs'
import { bigramsOf } from '../text/bigrams'

/**
 * Dice similarity of bigram sets at which two items count as the same issue. At 0.5 half the
 * pieces of the wording are shared: rephrasings of one complaint group, while different
 * complaints that share a few set phrases (希望, 建议增加) do not. Tuned on the examples in
 * tests/shared/feedback/grouping.test.ts.
 */
export const similarityThreshold = 0.5
/** A group this large is 集中反映. */
export const concentratedSize = 3

export type Groupable = Pick<FeedbackRecord, 'id' | 'topic' | 'content' | 'createdAt'>

export interface FeedbackGroup {
  topic: string
  /** Oldest first. */
  ids: string[]
  /** The centre of the group, similar to every other member: the one to show and to draft an FAQ entry from. */
  representativeId: string
  concentrated: boolean
}

export interface GroupingOptions {
  threshold?: number
  concentratedSize?: number
}

/** Groups of two or more similar items, largest first; an item is in one group at most. */
export function groupSimilarFeedback(items: readonly Groupable[], options: GroupingOptions = {}): FeedbackGroup[] {
  const threshold = options.threshold ?? similarityThreshold
  const minConcentrated = options.concentratedSize ?? concentratedSize
  const byTopic = new Map<string, Groupable[]>()
  for (const item of items) {
    const members = byTopic.get(item.topic)
    if (members)
      members.push(item)
    else
      byTopic.set(item.topic, [item])
  }
  const groups: FeedbackGroup[] = []
  for (const [topic, members] of byTopic) {
    const { kinds, grams } = sameWording(members)
    const texts = kinds.map(kind => members[kind[0]].content)
    for (const star of stars(kinds, members, similarNeighbours(texts, grams, threshold))) {
      const ids = star.map(i => members[i]).sort(oldestFirst).map(m => m.id)
      groups.push({ topic, ids, representativeId: members[star[0]].id, concentrated: ids.length >= minConcentrated })
    }
  }
  return groups.sort((a, b) => b.ids.length - a.ids.length || (a.ids[0] < b.ids[0] ? -1 : 1))
}

/**
 * For each text, the texts similar to it or sharing its key terms, each once (both searches may
 * find a pair). A busy topic has tens of thousands of pairs: no array per pair, and no set of them
 * either (that alone took longer than the search).
 */
function similarNeighbours(texts: readonly string[], grams: ReadonlyArray<readonly string[]>, threshold: number): number[][] {
  const neighbours = texts.map((): number[] => [])
  visitSimilarGramPairs(grams, threshold, (a, b) => {
    neighbours[a].push(b)
    neighbours[b].push(a)
  })
  // Shared-term pairs come in order of their later text: mark that text's similar ones, skip those.
  const markedFor = new Int32Array(texts.length).fill(-1)
  let current = -1
  visitSharedTermPairs(texts, (earlier, later) => {
    if (later !== current) {
      current = later
      for (const n of neighbours[later])
        markedFor[n] = later
    }
    if (markedFor[earlier] === later)
      return
    neighbours[earlier].push(later)
    neighbours[later].push(earlier)
  })
  return neighbours
}

function oldestFirst(a: Groupable, b: Groupable): number {
  return a.createdAt - b.createdAt || compareCodeUnits(a.id, b.id)
}

/**
 * Items with the same bigrams (the same words, give or take punctuation), oldest first, and each
 * kind's bigrams (cut once, here, for the similarity search too). Pairs are sought between these
 * kinds only, so a thousand copies of 很好 cost one comparison, not half a million. Items without
 * any bigram are never grouped.
 */
function sameWording(items: readonly Groupable[]): { kinds: number[][], grams: string[][] } {
  const kinds = new Map<string, { members: number[], grams: string[] }>()
  // Many items are word for word the same (满意, 停车位太少): their text is cut into bigrams once.
  const kindOfText = new Map<string, { members: number[], grams: string[] } | null>()
  items.forEach((item, index) => {
    let kind = kindOfText.get(item.content)
    if (kind === undefined) {
      const grams = bigramsOf(item.content).sort()
      const key = grams.join(' ')
      kind = kinds.get(key) ?? (key ? { members: [], grams } : null)
      if (kind && !kinds.has(key))
        kinds.set(key, kind)
      kindOfText.set(item.content, kind)
    }
    kind?.members.push(index)
  })
  const found = [...kinds.values()]
  return {
    kinds: found.map(kind => kind.members.sort((a, b) => oldestFirst(items[a], items[b]))),
    grams: found.map(kind => kind.grams),
  }
}

/**
 * Star clustering: the item with the most similar items (oldest of equals) becomes a centre and
 * takes every similar item not yet taken; repeat. Worked on kinds of the same wording, which share
 * their neighbours, so it is the same as working item by item. Centre first in each star.
 */
function stars(kinds: number[][], items: readonly Groupable[], neighbours: number[][]): number[][] {
  const degree = kinds.map((kind, k) => kind.length - 1 + neighbours[k].reduce((sum, n) => sum + kinds[n].length, 0))
  const order = kinds.map((_, k) => k)
    .filter(k => degree[k] > 0)
    .sort((a, b) => degree[b] - degree[a] || oldestFirst(items[kinds[a][0]], items[kinds[b][0]]))
  const taken = new Uint8Array(kinds.length)
  const result: number[][] = []
  for (const centre of order) {
    if (taken[centre])
      continue
    const joining = neighbours[centre].filter(n => !taken[n])
    if (kinds[centre].length + joining.length < 2)
      continue
    taken[centre] = 1
    joining.forEach((n) => {
      taken[n] = 1
    })
    result.push([...kinds[centre], ...joining.flatMap(n => kinds[n])])
  }
  return result
}
