// Character bigrams (开放, 放日): Chinese has no spaces between words, so two-character pieces
// stand in for words wherever text is compared or searched. Three uses, each keyed its own way
// for speed: feedback wording similarity (distinct strings), a plan table's rows against the
// body's tasks (small integer pairs) and the task search index (two UTF-16 units in one number).

/** Width and case folded: ２０２４ and 2024, ＡＢＣ and abc read alike. */
export function foldWidthAndCase(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** Distinct bigrams of the text's letter and digit runs; punctuation and spaces split runs. Width and case are folded. */
export function bigramsOf(text: string): string[] {
  const grams = new Set<string>()
  for (const run of foldWidthAndCase(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = Array.from(run)
    if (chars.length === 1)
      grams.add(chars[0])
    for (let i = 0; i + 1 < chars.length; i++)
      grams.add(chars[i] + chars[i + 1])
  }
  return [...grams]
}

/** Dice coefficient 2|A∩B| / (|A|+|B|) of two bigram sets: 1 for the same wording, 0 for nothing shared. */
export function diceSimilarity(a: string, b: string): number {
  const left = bigramsOf(a)
  const right = new Set(bigramsOf(b))
  if (left.length + right.size === 0)
    return 0
  const shared = left.filter(gram => right.has(gram)).length
  return (2 * shared) / (left.length + right.size)
}

function isWordChar(code: number): boolean {
  return (code >= 0x4E00 && code <= 0x9FFF) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Character pairs of the words (punctuation and spaces left out), each pair as one small
 *  integer: characters get dense ids, so a pair fits a small integer and sets stay fast. */
export function pairCounter(): (text: string) => Set<number> {
  const ids = new Map<number, number>()
  const idOf = (code: number) => {
    let id = ids.get(code)
    if (id === undefined) {
      id = ids.size
      ids.set(code, id)
    }
    return id
  }
  return (text) => {
    const pairs = new Set<number>()
    let previous = -1
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (!isWordChar(code)) continue
      const id = idOf(code)
      // Past 2^15 distinct characters pairs would collide; plans use a few thousand.
      if (previous >= 0) pairs.add((previous & 0x7FFF) * 0x8000 + (id & 0x7FFF))
      previous = id
    }
    return pairs
  }
}

/** Share of `part`'s pairs found in `whole`, 0 to 1. */
export function coverage(part: Set<number>, whole: Set<number>): number {
  if (part.size === 0) return 0
  let found = 0
  for (const pair of part) if (whole.has(pair)) found++
  return found / part.size
}

/** Folded and without spaces, as the search index holds text: a query matches across a line break. */
export function normalizeForSearch(text: string): string {
  return foldWidthAndCase(text).replace(/\s+/g, '')
}

/** The bigram at `i` packed into one number (two UTF-16 units), so a Map keyed by it stays fast. */
export function packedBigramAt(text: string, i: number): number {
  return text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1)
}
