// Share to the app (Web Share Target): the built manifest offers the app for plan files, and the
// service worker takes a shared file (a multipart POST, as the platform sends it) to the import
// screen, in real Chromium. What pdf.js needs for an offline PDF import is precached.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { artifactPath, newPhoneContext, waitForServiceWorker } from '../helpers/e2eBrowser'
import { distDir } from '../helpers/e2eServer'
import { e2eSuite } from '../helpers/e2eSuite'

const seedPlanText = readFileSync(join(import.meta.dirname, '../../seeds/003_a8dac7623201bc74.txt'), 'utf8')

const suite = e2eSuite()

/** What the system share sheet does: a form POST to the manifest's action, navigating the app. */
async function share(page: Page, fields: { file?: { name: string, type: string, text: string }, text?: string }) {
  await page.evaluate(({ file, text }) => {
    const form = document.createElement('form')
    form.method = 'POST'
    form.action = '/import/share'
    form.enctype = 'multipart/form-data'
    if (file) {
      const input = document.createElement('input')
      input.type = 'file'
      input.name = 'plan'
      const files = new DataTransfer()
      files.items.add(new File([file.text], file.name, { type: file.type }))
      input.files = files.files
      form.append(input)
    }
    if (text) {
      const input = document.createElement('textarea')
      input.name = 'text'
      input.value = text
      form.append(input)
    }
    document.body.append(form)
    form.submit()
  }, fields)
  await page.waitForURL(url => url.pathname === '/import')
}

describe('sharing a plan file to the installed app', () => {
  it('is offered for PDF, Word and text files by the built manifest', () => {
    const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8'))
    expect(manifest.share_target).toMatchObject({ action: '/import/share', method: 'POST', enctype: 'multipart/form-data' })
    expect(manifest.share_target.params.files[0].accept).toEqual(expect.arrayContaining(['application/pdf', '.pdf', '.docx', '.txt', 'text/plain']))
  })

  it('precaches pdf.js\'s worker and the Chinese character maps, so a PDF imports offline', () => {
    const worker = readFileSync(join(distDir, 'sw.js'), 'utf8')
    expect(worker).toMatch(/assets\/pdf\.worker\.min-[\w-]+\.mjs/)
    for (const cmap of ['UniGB-UCS2-H', 'Adobe-GB1-UCS2', 'GBK-EUC-H'])
      expect(worker).toContain(`pdfjs/cmaps/${cmap}.bcmap`)
    expect(worker).not.toContain('pdfjs/cmaps/UniJIS-UCS2-H.bcmap')
  })

  it('opens the import screen with the shared file recognised, offline too', async () => {
    const context = await newPhoneContext(suite.browser)
    const page = await context.newPage()
    await page.goto(suite.server.url)
    await waitForServiceWorker(page)
    await context.setOffline(true)

    await share(page, { file: { name: '2024年要点.txt', type: 'text/plain', text: seedPlanText } })
    await page.locator('.preview').waitFor({ timeout: 20_000 })
    expect(await page.locator('.preview__title').textContent()).toBe('2024年青浦区政务公开工作要点')
    expect(new URL(page.url()).search).toBe('')
    await page.screenshot({ path: artifactPath('import-shared-390.png') })
    // Taken once: the shared copy is gone from the worker's store.
    expect(await page.evaluate(async () => (await caches.open('kaifangri-share')).keys().then(keys => keys.length))).toBe(0)

    // pdf.js asks for a character map by name under /pdfjs/cmaps/: there with no network.
    expect(await page.evaluate(async () => (await fetch('/pdfjs/cmaps/UniGB-UCS2-H.bcmap')).status)).toBe(200)

    await page.getByRole('button', { name: '放弃' }).click()
    await share(page, { text: '没有文件' })
    await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('找不到编号的任务')
    await context.close()
  })

  it('says so when the screen is opened as a share but nothing arrived', async () => {
    const context = await newPhoneContext(suite.browser)
    const page = await context.newPage()
    await page.goto(`${suite.server.url}/import?shared=1`)
    await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('没有收到分享的文件')
    await context.close()
  })
})
