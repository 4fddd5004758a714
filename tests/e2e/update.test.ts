// A new version reaches a phone that has the app open: it is offered, never forced, and it
// is held back while a note is half typed. The "new version" is the built app with a changed
// service worker, served by the real server from a copy of dist/.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundledPlansDay, launchChromium, newPhoneContext, phone, waitForServiceWorker } from '../helpers/e2eBrowser'
import { distDir, type E2eServer, startE2eServer } from '../helpers/e2eServer'

const unit = '区政府办公室'
let copy: string
let server: E2eServer
let browser: Browser
let page: Page

describe('updating the installed app', () => {
  beforeAll(async () => {
    copy = mkdtempSync(join(tmpdir(), 'kaifangri-update-'))
    cpSync(distDir, copy, { recursive: true })
    server = await startE2eServer(copy)
    browser = await launchChromium()
    // A day in the bundled plans' year: a later year's phone finds them archived, with no note to write.
    const context = await newPhoneContext(browser, phone.large, { today: bundledPlansDay })
    await context.addInitScript(chosen => localStorage.setItem('kaifangri.unit', JSON.stringify(chosen)), unit)
    page = await context.newPage()
    await page.goto(`${server.url}/plans`)
    await waitForServiceWorker(page)
    await page.getByLabel('按单位筛选').selectOption(unit)
    await page.locator('.task-row').first().click()
    await page.locator('.check-item__more').first().click()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    rmSync(copy, { recursive: true, force: true })
  })

  it('offers a new version without reloading, and holds it back while a note is half typed', async () => {
    const note = page.getByLabel('备注').first()
    await note.fill('已联系区数据局，等待回复')
    // Release a new version: the service worker's bytes change, as with any new build.
    appendFileSync(join(copy, 'sw.js'), '\n// next release\n')
    rmSync(join(copy, 'sw.js.br'), { force: true })
    rmSync(join(copy, 'sw.js.gz'), { force: true })
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update())

    const prompt = page.getByRole('status', { name: '版本更新' })
    await expect.poll(() => prompt.textContent(), { timeout: 15_000 }).toContain('请先保存正在填写的内容')
    expect(await prompt.getByRole('button', { name: '立即更新' }).isDisabled()).toBe(true)
    expect(await note.inputValue()).toBe('已联系区数据局，等待回复')

    await page.getByRole('button', { name: '保存备注' }).click()
    await expect.poll(() => prompt.getByRole('button', { name: '立即更新' }).isDisabled()).toBe(false)
  })

  it('switches to the new version when asked, keeping what was saved', async () => {
    const oldWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)
    const reloaded = page.waitForEvent('load')
    await page.getByRole('button', { name: '立即更新' }).click()
    await reloaded
    await page.locator('.summary').waitFor()
    const state = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!
      return { waiting: Boolean(registration.waiting), controlled: Boolean(navigator.serviceWorker.controller) }
    })
    expect(state).toEqual({ waiting: false, controlled: true })
    expect(oldWorker).toBeTruthy()
    await page.locator('.check-item__more').first().click()
    expect(await page.getByLabel('备注').first().inputValue()).toBe('已联系区数据局，等待回复')
    expect(await page.getByRole('status', { name: '版本更新' }).count()).toBe(0)
  })
})
