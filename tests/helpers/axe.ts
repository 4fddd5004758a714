// WCAG checks of the app as a person meets it: axe run in the page, after transitions settle.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation { id: string, help: string, nodes: Array<{ target: string[] }> }

/** WCAG 2.1 A/AA violations axe finds on the page once its transitions have settled. */
export async function pageViolations(page: Page): Promise<string[]> {
  // A dialog still fading in has half-transparent text, which axe would rightly report as low contrast.
  await page.evaluate(() => Promise.all(document.getAnimations().map(animation => animation.finished.catch(() => undefined))))
  // The app's CSP forbids inline scripts, so axe goes in through evaluate, once per page: a page
  // moved from screen to screen inside the app keeps it.
  if (!await page.evaluate(() => 'axe' in window))
    await page.evaluate(axeSource)
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations
  })
  return found.map(v => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
}
