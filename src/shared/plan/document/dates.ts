// Calendar dates as plans print them (2021年4月21日, 二〇二一年四月二十一日, 2020-05-09).
import { isoDate } from '../../calendar'
import { chineseDigitsToNumber, chineseToNumber } from '../../text/numerals'

// Day arithmetic lives in the one calendar module; this file reads dates as plans print them.
export { addDays, daysInMonth, isoDate, lastDayOfMonth } from '../../calendar'

const arabicDate = /(\d{4})年(\d{1,2})月(\d{1,2})日/
const chineseDate = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/
const dashedDate = /(\d{4})-(\d{1,2})-(\d{1,2})/

/** The first calendar date in a piece of text, as YYYY-MM-DD. */
export function findDate(text: string): string | null {
  const arabic = arabicDate.exec(text)
  if (arabic) return isoDate(Number(arabic[1]), Number(arabic[2]), Number(arabic[3]))
  const chinese = chineseDate.exec(text)
  if (chinese) {
    const [year, month, day] = [chineseDigitsToNumber(chinese[1]), chineseToNumber(chinese[2]), chineseToNumber(chinese[3])]
    return year && month && day ? isoDate(year, month, day) : null
  }
  const dashed = dashedDate.exec(text)
  return dashed ? isoDate(Number(dashed[1]), Number(dashed[2]), Number(dashed[3])) : null
}

/** A line that is nothing but a date: the signing date under a notice. */
export function isDateLine(text: string): boolean {
  const bare = text.replace(/\s+/g, '')
  return (arabicDate.test(bare) && bare.replace(arabicDate, '') === '') || (chineseDate.test(bare) && bare.replace(chineseDate, '') === '')
}
