// pdf.js and the plan code in real Chromium: browserEntry.ts bundled by Vite (no app config),
// served with pdf.js's worker to a page from a made-up origin, so nothing but the browser runs it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { build } from 'vite'
import type { PlanDraft, PlanFileError } from '../../../../src/shared/plan'

const origin = 'http://plan-pdf.test'
const workerFile = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'build', 'pdf.worker.min.mjs')

/** `pdfjsMs`: the part of `ms` until pdf.js had given every page's text. */
export type PageResult = { text: string, draft: PlanDraft, pages: number, pdfjsMs: number, ms: number } | { error: PlanFileError, pages: number, pdfjsMs: number, ms: number }

export interface PdfPageBundle {
  dir: string
  remove: () => void
}

export async function bundlePdfReader(): Promise<PdfPageBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'))
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: dir, emptyOutDir: true, minify: true, lib: { entry: join(import.meta.dirname, 'browserEntry.ts'), formats: ['es'], fileName: () => 'planPdf.js' } },
  })
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

/** A page that has loaded the bundle: window.readPlanPdf(bytes, workerSrc) is ready. */
export async function openPdfReaderPage(browser: Browser, bundle: PdfPageBundle): Promise<Page> {
  const page = await browser.newPage()
  await page.route(`${origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: `<!doctype html><meta charset="utf-8"><script type="module">import { readPlanPdf } from '/planPdf.js'; window.readPlanPdf = readPlanPdf; document.title = 'ready'</script>` })
    if (path === '/planPdf.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(bundle.dir, 'planPdf.js')) })
    if (path === '/pdf.worker.mjs') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(workerFile) })
    return route.fulfill({ status: 404 })
  })
  await page.goto(`${origin}/`)
  await page.waitForFunction('document.title === "ready"')
  return page
}

/** The PDF read and parsed inside the page; `ms` is the time the page spent, from bytes to draft. */
export function readPlanPdfInPage(page: Page, pdf: Uint8Array): Promise<PageResult> {
  return page.evaluate(`(async () => {
    const bytes = Uint8Array.from(atob(${JSON.stringify(Buffer.from(pdf).toString('base64'))}), char => char.charCodeAt(0))
    return window.readPlanPdf(bytes, ${JSON.stringify(`${origin}/pdf.worker.mjs`)})
  })()`)
}
