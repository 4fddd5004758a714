// Initial JavaScript of the first screen and the extra JavaScript of each later screen,
// gzip-compressed, as the browser actually loads them from the built app.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Figure } from './appHarness'
import { launchChromium, newPhoneContext } from '../helpers/e2eBrowser'
import { distDir, startE2eServer } from '../helpers/e2eServer'

const gzipKb = (path: string) => gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length / 1024

/** Screens reached by tapping through the app from 首页, and what marks each as shown. */
const screens: Array<{ name: string, via: string[], ready: string }> = [
  { name: '计划', via: ['tab:计划'], ready: '.tree-list .task-row' },
  { name: '任务详情', via: ['tab:计划', 'row'], ready: '.summary' },
  { name: '我的', via: ['tab:我的'], ready: '.me' },
  { name: '导入计划', via: ['tab:计划', 'link:导入计划'], ready: '.import-source' },
]

export async function measureBundle(): Promise<{ figures: Figure[], details: string[] }> {
  const server = await startE2eServer()
  const browser = await launchChromium()
  const figures: Figure[] = []
  const details: string[] = []

  async function openFirstScreen() {
    const context = await newPhoneContext(browser)
    // Measure what the network delivers, not what a warm service worker would replay.
    await context.route('**/sw.js', route => route.abort())
    const page = await context.newPage()
    const loaded = new Set<string>()
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname
      if (path.endsWith('.js'))
        loaded.add(path.slice(1))
    })
    await page.goto(server.url)
    await page.locator('.year-progress').waitFor()
    return { page, loaded }
  }

  try {
    const { page, loaded } = await openFirstScreen()
    // The bundled plans are data fetched once on the very first start, not part of the screen.
    const firstScreen = [...loaded].filter(f => !f.includes('seed-plans'))
    const initialKb = firstScreen.reduce((sum, f) => sum + gzipKb(f), 0)
    figures.push({ name: 'initial JS for the first screen (gzip)', value: initialKb, unit: 'KB', limit: { max: 150 } })
    details.push(`first screen: ${firstScreen.length} files; bundled plans (fetched on the first start only): ${[...loaded].filter(f => f.includes('seed-plans')).map(f => Math.round(gzipKb(f))).join('')} KB gzip`)
    await page.context().close()

    for (const screen of screens) {
      const { page, loaded } = await openFirstScreen()
      let before = new Set(loaded)
      for (const step of screen.via) {
        before = new Set(loaded)
        const [kind, label] = step.split(':')
        if (kind === 'tab')
          await page.getByRole('tab', { name: label }).click()
        else if (kind === 'link')
          await page.getByRole('link', { name: label }).click()
        else
          await page.locator('.tree-list .task-row').first().click()
        await page.waitForLoadState('networkidle')
      }
      await page.locator(screen.ready).first().waitFor()
      // What this screen adds to the screens it was reached from.
      const added = [...loaded].filter(f => !before.has(f))
      const kb = added.reduce((sum, f) => sum + gzipKb(f), 0)
      figures.push({ name: `route chunk ${screen.name} (gzip)`, value: kb, unit: 'KB', limit: { max: 30 } })
      details.push(`${screen.name}: ${added.map(f => `${f} ${gzipKb(f).toFixed(1)} KB`).join(', ') || 'nothing new'}`)
      await page.context().close()
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
  return { figures, details }
}
