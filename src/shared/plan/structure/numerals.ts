// Chinese numerals as plans print them: 一 … 十, 十一, 二十三, 一百零五.
const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }
const units: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }

export function chineseToNumber(text: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百千]+$/.test(text)) return null
  let total = 0
  let pending = 0
  for (const char of text) {
    if (char in digits) {
      pending = digits[char]
      continue
    }
    total += (pending || 1) * units[char]
    pending = 0
  }
  return total + pending
}

/** 二〇二一 → 2021: years written digit by digit. */
export function chineseDigitsToNumber(text: string): number | null {
  if (!/^[〇零一二三四五六七八九]+$/.test(text)) return null
  return Number([...text].map(char => digits[char]).join(''))
}

const circled = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

export function circledToNumber(char: string): number | null {
  const index = circled.indexOf(char)
  return index < 0 ? null : index + 1
}
