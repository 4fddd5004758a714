// Lighthouse 12, default mobile settings (simulated slow 4G and a 4× slower CPU), on the
// built app served by the real server: performance, accessibility and best practices.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import type { Figure } from './appHarness'
import { chromiumArgs, chromiumPath } from '../helpers/environment'
import { startE2eServer } from '../helpers/e2eServer'

const categories = ['performance', 'accessibility', 'best-practices'] as const
const targets: Record<typeof categories[number], number> = { 'performance': 90, 'accessibility': 95, 'best-practices': 95 }

export async function measureLighthouse(paths = ['/', '/plans']): Promise<{ figures: Figure[], details: string[] }> {
  const server = await startE2eServer()
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: chromiumArgs.filter(f => f !== '--headless').concat('--headless=new') })
  const figures: Figure[] = []
  const details: string[] = []
  try {
    for (const path of paths) {
      const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] })
      if (!result)
        throw new Error(`Lighthouse returned nothing for ${path}`)
      const { lhr } = result
      for (const category of categories) {
        const score = Math.round((lhr.categories[category]?.score ?? 0) * 100)
        figures.push({ name: `Lighthouse ${category} ${path}`, value: score, unit: 'points', limit: { min: targets[category] } })
      }
      const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?'
      details.push(`${path}: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`)
      const failing = Object.values(lhr.audits)
        .filter(audit => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
        .filter(audit => categories.some(c => lhr.categories[c]?.auditRefs.some(ref => ref.id === audit.id && ref.weight > 0)))
        .map(audit => `${audit.id} (${Math.round((audit.score ?? 0) * 100)})`)
      if (failing.length)
        details.push(`${path}: audits below full marks: ${failing.join(', ')}`)
    }
  }
  finally {
    chrome.kill()
    await server.close()
  }
  return { figures, details }
}
