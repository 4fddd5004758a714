// Sentences of a requirement, cut after 。！？ that are not inside brackets or titles.

export function splitSentences(text: string): string[] {
  const sentences: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '（' || char === '《') depth++
    else if ((char === '）' || char === '》') && depth > 0) depth--
    else if (depth === 0 && /[。！？]/.test(char)) {
      // A closing quote after the stop belongs to the sentence it closes.
      const end = /[”’」]/.test(text[i + 1] ?? '') ? i + 2 : i + 1
      sentences.push(text.slice(start, end))
      start = end
      i = end - 1
    }
  }
  sentences.push(text.slice(start))
  return sentences.map(sentence => sentence.trim()).filter(sentence => /[\u4E00-\u9FFFA-Za-z0-9]/.test(sentence))
}

/** The first clause of a sentence, cut at a comma or semicolon outside brackets. */
export function firstClause(sentence: string, minLength: number): string {
  let depth = 0
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i]
    if (char === '（' || char === '《' || char === '“') depth++
    else if ((char === '）' || char === '》' || char === '”') && depth > 0) depth--
    else if (depth === 0 && /[，；：]/.test(char) && i >= minLength) return sentence.slice(0, i)
  }
  return sentence
}
