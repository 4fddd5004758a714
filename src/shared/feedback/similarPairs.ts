// All pairs of texts whose bigram Dice similarity reaches a threshold, without comparing every
// pair. Prefix filtering: order each text's bigrams rarest first; two texts that reach the
// threshold must share a bigram within both their first few, so an inverted index over those
// prefixes finds every such pair, and common bigrams (希望, 建议) are almost never scanned.
import { bigramsOf } from '../text/bigrams'

interface TokenSet {
  /** Token ids ascending, for counting the overlap. */
  sorted: Int32Array
  /** Token ids rarest first, for the prefix. */
  byRarity: Int32Array
}

function tokenSets(grams: ReadonlyArray<readonly string[]>): TokenSet[] {
  const ids = new Map<string, number>()
  const frequency: number[] = []
  const raw = grams.map(distinct => distinct.map((gram) => {
    let id = ids.get(gram)
    if (id === undefined) {
      id = ids.size
      ids.set(gram, id)
      frequency.push(0)
    }
    frequency[id]++
    return id
  }))
  return raw.map(tokens => ({
    sorted: Int32Array.from(tokens).sort(),
    byRarity: Int32Array.from(tokens.sort((a, b) => frequency[a] - frequency[b] || a - b)),
  }))
}

function overlap(a: Int32Array, b: Int32Array): number {
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++
      i++
      j++
    }
    else if (a[i] < b[j]) {
      i++
    }
    else {
      j++
    }
  }
  return shared
}

/** Index pairs [earlier, later] with Dice(bigrams) ≥ threshold (0 < threshold ≤ 1). */
export function similarPairs(texts: readonly string[], threshold: number): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  visitSimilarPairs(texts, threshold, (earlier, later) => pairs.push([earlier, later]))
  return pairs
}

/**
 * Each pair similarPairs finds, handed over as it is found: a busy topic has tens of thousands,
 * and an array for each of them kept the garbage collector busier than the search.
 */
export function visitSimilarPairs(texts: readonly string[], threshold: number, visit: (earlier: number, later: number) => void): void {
  visitSimilarGramPairs(texts.map(bigramsOf), threshold, visit)
}

/** visitSimilarPairs for texts already cut into their distinct bigrams (bigramsOf), as grouping has them. */
export function visitSimilarGramPairs(grams: ReadonlyArray<readonly string[]>, threshold: number, visit: (earlier: number, later: number) => void): void {
  if (!(threshold > 0 && threshold <= 1))
    throw new RangeError(`similarity threshold must be above 0 and at most 1, got ${threshold}`)
  const sets = tokenSets(grams)
  // Token ids are dense: postings by id in an array, not a Map, in the innermost loop.
  const index: number[][] = []
  const seen = new Int32Array(sets.length).fill(-1)
  sets.forEach((x, xi) => {
    const size = x.sorted.length
    // Dice ≥ t needs |x∩y| ≥ t|x|/(2-t) whatever y is, so a partner shares one of these tokens.
    const prefix = Math.min(size, size - Math.ceil((threshold * size) / (2 - threshold)) + 1)
    for (let p = 0; p < prefix; p++) {
      const postings = index[x.byRarity[p]]
      if (!postings)
        continue
      for (const yi of postings) {
        if (seen[yi] === xi)
          continue
        seen[yi] = xi
        const y = sets[yi].sorted
        if (2 * overlap(x.sorted, y) >= threshold * (size + y.length))
          visit(yi, xi)
      }
    }
    for (let p = 0; p < prefix; p++)
      (index[x.byRarity[p]] ??= []).push(xi)
  })
}
