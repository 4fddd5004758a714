// Helpers for the event end-to-end test: a camera-sized photo and an axe run in the page.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

interface AxeViolation { id: string, help: string, nodes: Array<{ target: string[] }> }

/** A 3000×2000 JPEG drawn in the page, as a phone camera hands it over. */
export async function cameraPhoto(page: Page): Promise<Buffer> {
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 3000
    canvas.height = 2000
    const g = canvas.getContext('2d')!
    g.fillStyle = '#2a6'
    g.fillRect(0, 0, 3000, 2000)
    g.fillStyle = '#fff'
    g.font = '220px sans-serif'
    g.fillText('政府开放日', 600, 1100)
    return canvas.toDataURL('image/jpeg', 0.9)
  })
  return Buffer.from(dataUrl.split(',')[1], 'base64')
}

/** WCAG 2.1 A/AA violations axe finds on the page as it is now. */
export async function pageViolations(page: Page): Promise<string[]> {
  // The app's CSP forbids inline scripts, so axe goes in through evaluate.
  await page.evaluate(axeSource)
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations
  })
  return found.map(v => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
}
