// The words that carry a comment's concern, for grouping the same concern worded differently
// (停车位太少 / 车位不够，停车困难). No segmenter: the text is cut at punctuation and at function
// characters (的, 了, 太 …), and the two-character pieces of what remains are the candidates,
// minus pieces that only say how people ask (希望, 建议, 能否 …).

/** Characters that never belong to a key term: particles, degree words, pronouns, negations. */
const stopChars = new Set(Array.from('的了吗呢吧啊呀哦嘛么很太也都还就再又才更最挺真好多少些个这那我你他她它们是有在和与及或对把被给让从向为很非常'))

/** Pieces that say how people ask or feel, not what about. */
const stopBigrams = new Set([
  '希望', '建议', '能否', '可否', '是否', '能够', '可以', '应该', '需要', '一下', '一点', '一些', '感觉', '觉得',
  '认为', '比较', '特别', '非常', '不够', '不足', '不好', '不行', '没有', '增加', '加强', '提高', '改进', '完善',
  '问题', '情况', '现在', '目前', '今天', '以后', '今后', '以前', '时候', '地方', '方面', '工作', '相关', '进一步',
  '谢谢', '感谢', '满意', '不错', '活动', '举办', '开展',
])

/** The distinct two-character key terms of a text; asking words and function characters cut it into pieces first. */
export function keyTermsOf(text: string): string[] {
  const terms = new Set<string>()
  for (const run of text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    let piece: string[] = []
    const flush = () => {
      for (let i = 0; i + 1 < piece.length; i++) {
        terms.add(piece[i] + piece[i + 1])
      }
      piece = []
    }
    const chars = Array.from(run)
    for (let i = 0; i < chars.length; i++) {
      if (i + 1 < chars.length && stopBigrams.has(chars[i] + chars[i + 1])) {
        flush()
        i++
      }
      else if (stopChars.has(chars[i])) {
        flush()
      }
      else {
        piece.push(chars[i])
      }
    }
    flush()
  }
  return [...terms]
}

/** Terms shared by at least this many items of a topic say little about any one of them. */
const commonShare = 0.25
const maxPostings = 100
/** Items sharing this many key terms, and half the terms of the shorter one, raise the same concern. */
export const sharedTermsNeeded = 2

/**
 * Index pairs [earlier, later] of texts that share key terms: at least two, making up at least
 * half of the shorter text's terms. Terms found in a quarter or more of the texts (in a topic
 * of eight or more), or in a hundred, are left out as too common to tell concerns apart.
 */
export function sharedTermPairs(texts: readonly string[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  visitSharedTermPairs(texts, (earlier, later) => pairs.push([earlier, later]))
  return pairs
}

/** Each pair sharedTermPairs finds, handed over as it is found (no array per pair), all pairs of one later text together, in order of it. */
export function visitSharedTermPairs(texts: readonly string[], visit: (earlier: number, later: number) => void): void {
  const termsOf = texts.map(keyTermsOf)
  const postings = new Map<string, number[]>()
  termsOf.forEach(terms => terms.forEach((term) => {
    if (!postings.has(term))
      postings.set(term, [])
  }))
  termsOf.forEach((terms, index) => terms.forEach(term => postings.get(term)!.push(index)))
  // Also an absolute cap: counting pairs through a term costs its postings, and a term shared by
  // hundreds of wordings no longer tells one concern from another (their wording still may).
  const tooCommon = texts.length >= 8 ? Math.max(2, Math.min(Math.ceil(texts.length * commonShare), maxPostings)) : Infinity
  const usable = termsOf.map(terms => terms.filter(term => postings.get(term)!.length < tooCommon))
  // One counter array reused for every text: a Map per text costs more than the counting itself.
  const shared = new Int32Array(texts.length)
  const touched: number[] = []
  usable.forEach((terms, later) => {
    for (const term of terms) {
      for (const earlier of postings.get(term)!) {
        if (earlier >= later)
          break
        if (shared[earlier]++ === 0)
          touched.push(earlier)
      }
    }
    for (const earlier of touched) {
      const count = shared[earlier]
      shared[earlier] = 0
      if (count >= sharedTermsNeeded && 2 * count >= Math.min(usable[earlier].length, terms.length))
        visit(earlier, later)
    }
    touched.length = 0
  })
}
