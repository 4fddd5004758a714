// Wording similarity by character bigrams: no word segmentation is needed for Chinese, and
// two comments about the same thing share most of their two-character pieces.

/** Distinct bigrams of the text's letter and digit runs; punctuation and spaces split runs. Width and case are folded. */
export function bigramsOf(text: string): string[] {
  const grams = new Set<string>()
  for (const run of text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
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
