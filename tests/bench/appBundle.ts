// The first screen's JavaScript and CSS and what every later route adds to it, gzip-compressed,
// against issue 13's targets. The files are the ones tests/e2e/size-budget.test.ts guards (both read
// tests/helpers/builtChunks.ts): what the browser must download before the first screen can run, and
// for a route the files its preload fetches beyond those. Chromium then opens the first screen to show
// what else a first visit downloads on its own (dynamic imports: idle-time prefetches, the bundled
// plans), which an earlier version of this bench counted as the first screen although nothing there
// waits for it, so its figure grew with the machine's load.
import type { Figure } from './appHarness'
import { markTime } from './appHarness'
import { firstScreenFiles, gzipBytes, gzipKb, laterScreensFiles, routeFiles } from '../helpers/builtChunks'
import { launchChromium, newPhoneContext } from '../helpers/e2eBrowser'
import { distDir, startE2eServer } from '../helpers/e2eServer'

const listed = (files: Iterable<string>) => [...files].map(file => `${file.replace(/^assets\//, '')} ${(gzipBytes(distDir, file) / 1024).toFixed(1)}`).join(', ')

/** Scripts and styles a first visit fetches until 首页 is painted, in the order it asks for them. */
async function fetchedByFirstVisit(): Promise<string[]> {
  const server = await startE2eServer()
  const browser = await launchChromium()
  try {
    const context = await newPhoneContext(browser)
    // What the network delivers, not what a warm service worker would replay.
    await context.route('**/sw.js', route => route.abort())
    const page = await context.newPage()
    const fetched: string[] = []
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname.slice(1)
      if (/\.(?:js|css)$/.test(path))
        fetched.push(path)
    })
    await page.goto(server.url)
    await markTime(page, 'kf:home-painted')
    return fetched
  }
  finally {
    await browser.close()
    await server.close()
  }
}

export async function measureBundle(): Promise<{ figures: Figure[], details: string[] }> {
  const figures: Figure[] = []
  const details: string[] = []

  const firstScreen = firstScreenFiles(distDir)
  figures.push({ name: 'first screen JavaScript (gzip)', value: gzipKb(distDir, firstScreen.scripts), unit: 'KB', limit: { max: 100 } })
  figures.push({ name: 'first screen CSS (gzip)', value: gzipKb(distDir, firstScreen.styles), unit: 'KB', limit: { max: 20 } })
  details.push(`first screen: ${listed(firstScreen.scripts)}; ${listed(firstScreen.styles)}`)

  const later = laterScreensFiles(distDir)
  figures.push({ name: 'what every later screen needs (messages, list of screens), fetched once in idle time (gzip)', value: gzipKb(distDir, later.scripts), unit: 'KB', limit: { max: 30 } })

  for (const route of routeFiles(distDir)) {
    figures.push({ name: `route ${route.path} adds (gzip JS)`, value: gzipKb(distDir, route.scripts), unit: 'KB', limit: { max: 30 } })
    details.push(`${route.path}: ${route.scripts.size} scripts; CSS ${gzipKb(distDir, route.styles).toFixed(1)} KB in ${route.styles.size} files`)
  }

  const fetched = await fetchedByFirstVisit()
  const expected = [...firstScreen.scripts, ...firstScreen.styles]
  const missing = expected.filter(file => !fetched.includes(file))
  if (missing.length)
    details.push(`NOT fetched by Chromium although the first screen should need them: ${missing.join(', ')}`)
  const more = fetched.filter(file => !expected.includes(file))
  details.push(`a first visit also fetches, by dynamic import until 首页 is painted (not counted above): ${gzipKb(distDir, more).toFixed(1)} KB in ${more.length} files: ${listed(more)}`)
  return { figures, details }
}
