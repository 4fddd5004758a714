// Word's automatic list numbering ("一、", "（一）", "1.") is not in the text: it lives in
// numbering.xml. A plan whose headings are Word lists needs those numbers back.
import { numberToChinese } from '../../text/numerals'
import { attribute, xmlTokens } from './xml'

interface Level {
  start: number
  format: string
  text: string
}

export interface Numbering {
  /** numId → level definitions by ilvl. */
  lists: Map<string, Level[]>
  counters: Map<string, number[]>
}

export function readNumbering(xml: string): Numbering {
  const abstracts = new Map<string, Level[]>()
  const numToAbstract = new Map<string, string>()
  let abstractId: string | null = null
  let level: Level | null = null
  let levelIndex = 0
  let numId: string | null = null
  for (const token of xmlTokens(xml)) {
    if (token.kind === 'text') continue
    if (token.kind === 'close') {
      if (token.name === 'w:lvl' && abstractId && level) abstracts.get(abstractId)![levelIndex] = level
      if (token.name === 'w:abstractNum') abstractId = null
      if (token.name === 'w:num') numId = null
      continue
    }
    const value = attribute(token.attributes, 'w:val')
    if (token.name === 'w:abstractNum') {
      abstractId = attribute(token.attributes, 'w:abstractNumId')
      if (abstractId) abstracts.set(abstractId, [])
    }
    else if (token.name === 'w:lvl') {
      levelIndex = Number(attribute(token.attributes, 'w:ilvl') ?? 0)
      level = { start: 1, format: 'decimal', text: `%${levelIndex + 1}.` }
    }
    else if (level && token.name === 'w:start') level.start = Number(value ?? 1)
    else if (level && token.name === 'w:numFmt') level.format = value ?? 'decimal'
    else if (level && token.name === 'w:lvlText') level.text = value ?? ''
    else if (token.name === 'w:num') numId = attribute(token.attributes, 'w:numId')
    else if (numId && token.name === 'w:abstractNumId' && value) numToAbstract.set(numId, value)
  }
  const lists = new Map<string, Level[]>()
  for (const [num, abstract] of numToAbstract) lists.set(num, abstracts.get(abstract) ?? [])
  return { lists, counters: new Map() }
}

function roman(value: number): string {
  const numerals: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let rest = value
  let out = ''
  for (const [size, letters] of numerals) {
    while (rest >= size) {
      out += letters
      rest -= size
    }
  }
  return out
}

function formatted(value: number, format: string): string {
  if (/^(?:chineseCounting|chineseCountingThousand|ideographTraditional|taiwaneseCounting|chineseLegalSimplified|japaneseCounting)/.test(format)) return numberToChinese(value)
  if (/^decimalEnclosedCircle/.test(format) && value <= 20) return String.fromCodePoint(0x2460 + value - 1)
  if (format === 'lowerLetter') return String.fromCharCode(96 + ((value - 1) % 26) + 1)
  if (format === 'upperLetter') return String.fromCharCode(64 + ((value - 1) % 26) + 1)
  if (format === 'lowerRoman') return roman(value).toLowerCase()
  if (format === 'upperRoman') return roman(value)
  return String(value)
}

/** The number Word shows before a list paragraph, counting as Word does. */
export function listLabel(numbering: Numbering, numId: string, ilvl: number): string {
  const levels = numbering.lists.get(numId)
  const level = levels?.[ilvl]
  if (!levels || !level || level.format === 'bullet' || level.format === 'none') return ''
  const counters = numbering.counters.get(numId) ?? []
  counters[ilvl] = (counters[ilvl] ?? (level.start - 1)) + 1
  counters.length = ilvl + 1
  numbering.counters.set(numId, counters)
  return level.text.replace(/%(\d)/g, (_, n: string) => {
    const index = Number(n) - 1
    return formatted(counters[index] ?? levels[index]?.start ?? 1, levels[index]?.format ?? 'decimal')
  })
}
