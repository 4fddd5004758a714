// CSS `unicode-range` values for the two faces of Vant's icon font. Vant draws its icons at
// private-use code points (U+E63C–E753 in 4.10), so the full font's face claims the rest of the
// private-use block: a character outside it (a digit or a space inside an icon element) never
// makes the browser fetch the full font, which has no glyph for it anyway.

export type CodePointRange = readonly [first: number, last: number]

export const privateUseArea: CodePointRange = [0xE000, 0xF8FF]

/** Consecutive code points merged into ranges, in order. */
export function rangesOf(codePoints: Iterable<number>): CodePointRange[] {
  const ranges: Array<[number, number]> = []
  for (const point of [...new Set(codePoints)].sort((a, b) => a - b)) {
    const last = ranges.at(-1)
    if (last && last[1] === point - 1)
      last[1] = point
    else
      ranges.push([point, point])
  }
  return ranges
}

/** The code points of `within` that are not in `taken`, as ranges. */
export function complementOf(taken: Iterable<number>, within: CodePointRange = privateUseArea): CodePointRange[] {
  const gaps: CodePointRange[] = []
  let next = within[0]
  for (const [first, last] of rangesOf(taken)) {
    if (last < within[0] || first > within[1])
      continue
    if (first > next)
      gaps.push([next, first - 1])
    next = Math.max(next, last + 1)
  }
  if (next <= within[1])
    gaps.push([next, within[1]])
  return gaps
}

const hex = (point: number) => point.toString(16).toUpperCase()

export function formatUnicodeRange(ranges: readonly CodePointRange[]): string {
  return ranges.map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`)).join(',')
}

export function parseUnicodeRange(value: string): CodePointRange[] {
  return value.split(',').map((part) => {
    const [first, last = first] = part.trim().replace(/^U\+/i, '').split('-').map(text => Number.parseInt(text, 16))
    return [first, last] as const
  })
}
