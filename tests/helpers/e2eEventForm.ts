// The event form's start and end, chosen in real Chromium as a finger does: tap the field, tap
// the year, month, day, hour and minute on the wheels, then 确定.
import type { Page } from 'playwright-core'

/** Chooses the date (YYYY-MM-DD) and time (HH:mm) of the field labelled `label` (开始时间 or 结束时间). */
export async function chooseEventTime(page: Page, label: string, date: string, time: string): Promise<void> {
  // By role: the sheet is labelled with the same words.
  await page.getByRole('textbox', { name: label, exact: true }).click()
  const sheet = page.getByRole('dialog', { name: label })
  const [year, month, day] = date.split('-')
  const [hour, minute] = time.split(':')
  for (const text of [`${year}年`, `${Number(month)}月`, `${Number(day)}日`, `${hour}时`, `${minute}分`])
    await tapOption(sheet, text)
  await sheet.getByRole('button', { name: '确定' }).click()
  await sheet.waitFor({ state: 'hidden' })
}

async function tapOption(sheet: ReturnType<Page['getByRole']>, text: string): Promise<void> {
  // A wheel shows five options; one further off would be flicked into view first. The tap on an
  // option is what a flick ends in, so it is dispatched on the option wherever the wheel is.
  const option = sheet.locator('.van-picker-column__item:visible', { hasText: new RegExp(`^${text}$`) })
  await option.dispatchEvent('click')
}
