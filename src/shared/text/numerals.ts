// Chinese numerals, both ways, as plans print them: 一 … 十, 十一, 二十三, 一百零五; years digit by
// digit (二〇二一); list items circled (①). The parser reads them, the screens write them.
const digitValues: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const unitValues: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

export function chineseToNumber(text: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百千]+$/.test(text)) return null
  let total = 0
  let pending = 0
  for (const char of text) {
    if (char in digitValues) {
      pending = digitValues[char]
      continue
    }
    total += (pending || 1) * unitValues[char]
    pending = 0
  }
  return total + pending
}

/** 二〇二一 → 2021: years written digit by digit. */
export function chineseDigitsToNumber(text: string): number | null {
  if (!/^[〇零一二三四五六七八九]+$/.test(text)) return null
  return Number([...text].map(char => digitValues[char]).join(''))
}

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

export function circledToNumber(char: string): number | null {
  const index = circled.indexOf(char)
  return index < 0 ? null : index + 1
}

const chineseDigits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** 1 → 一, 12 → 十二, 105 → 一百零五, as headings are numbered (below 1000). */
export function numberToChinese(value: number): string {
  if (value < 10) return chineseDigits[value]
  if (value < 20) return `十${value % 10 ? chineseDigits[value % 10] : ''}`
  if (value < 100) return `${chineseDigits[Math.floor(value / 10)]}十${value % 10 ? chineseDigits[value % 10] : ''}`
  if (value < 1000) {
    const rest = value % 100
    const tail = rest === 0 ? '' : rest < 10 ? `零${chineseDigits[rest]}` : rest < 20 ? `一${numberToChinese(rest)}` : numberToChinese(rest)
    return `${chineseDigits[Math.floor(value / 100)]}百${tail}`
  }
  return String(value)
}

/** A chapter's number on screen: 1 → 一, 21 → 二十一; outside 1–99 (no plan has such a chapter) the digits. */
export function chineseNumeral(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 99 ? numberToChinese(n) : String(n)
}
