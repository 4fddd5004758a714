// Step 4a: the numbering a line opens with. Each style is a level in the plan's outline;
// which style is which level is decided per document by the order they first appear in.
import { chineseToNumber, circledToNumber } from '../../text/numerals'

export type MarkerStyle = 'part' | 'chinese' | 'chinese-paren' | 'arabic' | 'arabic-paren' | 'circled'

export interface Marker {
  style: MarkerStyle
  number: number
  /** What the line says after its number. */
  rest: string
  /** The number as printed, e.g. （三）. */
  label: string
}

const cn = '[一二三四五六七八九十百零〇]{1,6}'
const patterns: Array<{ style: MarkerStyle, pattern: RegExp, toNumber: (raw: string) => number | null }> = [
  { style: 'part', pattern: new RegExp(`^第(${cn})(?:部分|章|篇)[、：\\s]*`), toNumber: chineseToNumber },
  { style: 'chinese', pattern: new RegExp(`^(${cn})[、.]\\s*`), toNumber: chineseToNumber },
  { style: 'chinese-paren', pattern: new RegExp(`^（(${cn})）[、.]?\\s*`), toNumber: chineseToNumber },
  { style: 'arabic', pattern: /^(\d{1,3})(?:[、]|\.(?!\d))\s*/, toNumber: Number },
  { style: 'arabic-paren', pattern: /^（(\d{1,3})）[、.]?\s*/, toNumber: Number },
  { style: 'circled', pattern: /^([①-⑳])\s*/, toNumber: circledToNumber },
]

export function markerOf(text: string): Marker | null {
  for (const { style, pattern, toNumber } of patterns) {
    const match = pattern.exec(text)
    if (!match) continue
    const number = toNumber(match[1])
    const rest = text.slice(match[0].length)
    // A number with nothing after it is a table cell or a page number, not a heading.
    if (number === null || number < 1 || rest.trim() === '') continue
    return { style, number, rest, label: match[0].trim() }
  }
  return null
}
