// How wide the lines of a PDF were: most wrapped lines end without punctuation at the same
// length. A heading that long was probably wrapped too. Web text has no such width.
const terminal = /[。；！？：）]$/

export function wrapWidthOf(lines: Array<{ text: string }>): number {
  const wrapped = lines.map(line => line.text).filter(text => text.length >= 15 && !terminal.test(text) && !text.includes('\t'))
  if (wrapped.length < 5) return Number.POSITIVE_INFINITY
  const lengths = wrapped.map(text => text.length).sort((a, b) => a - b)
  return lengths[Math.floor(lengths.length / 2)]
}
