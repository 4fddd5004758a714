// How much of one text appears in another, by character pairs: a table row quotes or
// paraphrases the body item it breaks down, so most of its pairs occur in that item.

export function bigramsOf(text: string): Set<string> {
  const chars = text.replace(/[^\u4E00-\u9FFFA-Za-z0-9]/g, '')
  const pairs = new Set<string>()
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars.slice(i, i + 2))
  return pairs
}

/** Share of `part`'s pairs found in `whole`, 0 to 1. */
export function coverage(part: Set<string>, whole: Set<string>): number {
  if (part.size === 0) return 0
  let found = 0
  for (const pair of part) if (whole.has(pair)) found++
  return found / part.size
}
