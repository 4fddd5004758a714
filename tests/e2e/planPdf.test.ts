// The browser path of a PDF import: pdf.js's browser build with its worker, in real headless
// Chromium, reads the Chromium-printed fixture PDFs and the shared code makes the plan draft.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/e2eBrowser'
import { bundlePdfReader, openPdfReaderPage, readPlanPdfInPage, type PdfPageBundle } from '../shared/plan/pdf/browserPdf'
import { pdfFixture } from '../shared/plan/pdf/readPdf'

let browser: Browser
let bundle: PdfPageBundle
let page: Page

beforeAll(async () => {
  bundle = await bundlePdfReader()
  browser = await launchChromium()
  page = await openPdfReaderPage(browser, bundle)
})

afterAll(async () => {
  await browser?.close()
  bundle?.remove()
})

describe('a PDF plan read in Chromium', () => {
  it('gives the same complete draft as in Node: identity, tasks, both deadlines of a sentence', async () => {
    const result = await readPlanPdfInPage(page, pdfFixture('notice-plan'))
    if ('error' in result) throw new Error(result.error.message)
    expect(result.text).not.toMatch(/—\s*\d\s*—|[\u2E80-\u2FDF]/)
    expect(result.draft).toMatchObject({ title: '2025年嘉定区政务公开工作要点', year: 2025, issuer: '嘉定区人民政府办公室', docNumber: '嘉府办发〔2025〕6号', missing: [] })
    expect(result.draft.tasks).toHaveLength(8)
    expect(result.draft.tasks[0].checklist.map(item => item.due)).toEqual(['2025-02-28', '2025-09-30'])
  })

  it('reads a two-page task table into tasks with units and due dates', async () => {
    const result = await readPlanPdfInPage(page, pdfFixture('task-table'))
    if ('error' in result) throw new Error(result.error.message)
    expect(result.draft.tasks).toHaveLength(14)
    expect(result.draft.tasks[3].checklist[0]).toMatchObject({ leads: ['数据资源科'], owners: ['办公室'], due: '2025-09-20' })
  })

  it('says a scanned PDF has no text layer', async () => {
    expect(await readPlanPdfInPage(page, pdfFixture('scanned'))).toMatchObject({ error: { code: 'pdf-without-text', message: expect.stringMatching(/^此PDF是扫描图片/) } })
  })
})
