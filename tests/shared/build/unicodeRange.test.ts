// The unicode-range arithmetic behind the two faces of Vant's icon font.
import { describe, expect, it } from 'vitest'
import { complementOf, formatUnicodeRange, parseUnicodeRange, privateUseArea, rangesOf } from '../../../src/build/unicodeRange'
import { iconNamesIn, vantIconCodePoints } from '../../../src/build/vantIconNames'

describe('unicode ranges', () => {
  it('merges consecutive code points, whatever their order and repeats', () => {
    expect(rangesOf([0xE642, 0xE63C, 0xE63D, 0xE640, 0xE63D])).toEqual([[0xE63C, 0xE63D], [0xE640, 0xE640], [0xE642, 0xE642]])
  })

  it('gives the rest of the private-use area, so the two lists together cover it once', () => {
    const taken = [0xE000, 0xE63C, 0xE63D, 0xE700, 0xF8FF, 0x20]
    const rest = complementOf(taken)
    expect(rest).toEqual([[0xE001, 0xE63B], [0xE63E, 0xE6FF], [0xE701, 0xF8FE]])
    const covered = (point: number) => [...rangesOf(taken), ...rest].filter(([first, last]) => point >= first && point <= last).length
    for (let point = privateUseArea[0]; point <= privateUseArea[1]; point++) expect(covered(point)).toBe(1)
  })

  it('writes and reads the CSS form', () => {
    const ranges = [[0x20, 0x20], [0xE63C, 0xE640]] as const
    expect(formatUnicodeRange(ranges)).toBe('U+20,U+E63C-E640')
    expect(parseUnicodeRange('U+20, u+e63c-e640')).toEqual(ranges)
  })
})

describe('icon names in source', () => {
  const icons = vantIconCodePoints('.van-icon-arrow:before{content:"\\e660"}.van-icon-friends-o:before{content:"\\e6a1"}.van-icon-success:before{content:"\\e728"}')

  it('reads names and code points from Vant\'s icon rules', () => {
    expect(icons).toEqual(new Map([['arrow', 0xE660], ['friends-o', 0xE6A1], ['success', 0xE728]]))
    // A minified stylesheet writes the character itself.
    expect(vantIconCodePoints('.van-icon-arrow:before{content:"\uE660"}')).toEqual(new Map([['arrow', 0xE660]]))
  })

  it('finds names that are a whole quoted string: attributes, table entries, either branch of a condition', () => {
    const source = `<van-icon name="friends-o" /><van-cell :icon="done ? 'success' : 'arrow'" />`
    expect(iconNamesIn(source, icons)).toEqual(new Set(['friends-o', 'success', 'arrow']))
    expect(iconNamesIn(`const label = 'arrow keys'; const success = 1; const icon = \`\${'arrow'}-o\``, icons)).toEqual(new Set(['arrow']))
  })
})
