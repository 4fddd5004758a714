// Chinese has no spaces between words, so a query like 开放日 is matched through its
// character bigrams (开放, 放日): the posting lists of every bigram are intersected, then
// each candidate is confirmed by a substring check, so results are exact, not fuzzy.
// Bigrams are packed into one number (shared/text/bigrams) to keep the Map fast.
import { normalizeForSearch, packedBigramAt as gramOf } from '../../../../shared/text/bigrams'

export class BigramIndex {
  private readonly postings = new Map<number, number[]>()
  private readonly texts: string[] = []
  private indexedUpTo = 0

  constructor(private readonly source: (i: number) => string, readonly size: number) {}

  get complete(): boolean {
    return this.indexedUpTo >= this.size
  }

  /** Indexes documents until the time budget is spent, so building never blocks the page for long. */
  indexFor(budgetMs: number): boolean {
    const stopAt = performance.now() + budgetMs
    while (this.indexedUpTo < this.size) {
      this.add(this.indexedUpTo++)
      if ((this.indexedUpTo & 15) === 0 && performance.now() > stopAt)
        break
    }
    return this.complete
  }

  private add(doc: number): void {
    const text = normalizeForSearch(this.source(doc))
    this.texts[doc] = text
    for (let i = 0; i < text.length - 1; i++) {
      const gram = gramOf(text, i)
      const list = this.postings.get(gram)
      if (!list)
        this.postings.set(gram, [doc])
      else if (list[list.length - 1] !== doc)
        list.push(doc)
    }
  }

  private textOf(doc: number): string {
    return this.texts[doc] ?? normalizeForSearch(this.source(doc))
  }

  /** Documents containing every space-separated term, in document order. */
  search(query: string): number[] {
    const terms = query.split(/\s+/).map(normalizeForSearch).filter(Boolean)
    if (!terms.length)
      return []
    let candidates = this.candidatesFor(terms.reduce((a, b) => (b.length > a.length ? b : a)))
    for (const term of terms)
      candidates = candidates.filter(doc => this.textOf(doc).includes(term))
    return candidates
  }

  private candidatesFor(term: string): number[] {
    const unindexed = Array.from({ length: this.size - this.indexedUpTo }, (_, i) => this.indexedUpTo + i)
    if (term.length < 2)
      return [...Array.from({ length: this.indexedUpTo }, (_, i) => i), ...unindexed]
    const lists: number[][] = []
    for (let i = 0; i < term.length - 1; i++)
      lists.push(this.postings.get(gramOf(term, i)) ?? [])
    lists.sort((a, b) => a.length - b.length)
    let result = lists[0]
    for (const list of lists.slice(1)) {
      if (!result.length)
        break
      result = intersectSorted(result, list)
    }
    return [...result, ...unindexed]
  }
}

function intersectSorted(a: number[], b: number[]): number[] {
  const out: number[] = []
  let j = 0
  for (const value of a) {
    while (j < b.length && b[j] < value)
      j++
    if (j < b.length && b[j] === value)
      out.push(value)
  }
  return out
}
