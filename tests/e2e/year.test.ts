// The office's real year, in real Chromium against the built app and the real server. The
// phones' clock is set with Playwright's clock to 2 March 2026: the newest bundled plans are
// 2024's, so 2026 has no plan yet and 2024 is an archived year.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '../../src/shared/ids'
import { planIdOfTask } from '../../src/shared/plan/identity'
import { progressIdOf } from '../../src/shared/records/progressIdentity'
import { artifactPath, launchChromium } from '../helpers/e2eBrowser'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { installedPhone } from '../helpers/e2ePhones'
import { readPhoneDatabase } from './phoneDatabase'

const staff: E2eAccount = { username: 'year-staff', password: 'year-password-1', unit: '区政府办公室', role: 'staff' }
const coordinator: E2eAccount = { username: 'year-desk', password: 'year-password-2', unit: '区政府办公室', role: 'coordinator' }
const today = '2026-03-02'

let server: E2eSyncServer
let browser: Browser
const contexts: BrowserContext[] = []
let staffPage: Page
let archivedTaskId = ''

async function signedInPhone(account: E2eAccount): Promise<Page> {
  const { context, page } = await installedPhone(browser, server.url, account, { today })
  contexts.push(context)
  return page
}

/** A tick sent straight to the API, as an old or tampered phone could. */
async function pushTick(account: E2eAccount, taskId: string, index: number) {
  const subject = `${taskId}#${index}`
  const token = await server.token(account)
  const response = await fetch(`${server.url}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
    body: JSON.stringify({ clientId: uuidv7(), sentAt: Date.now(), mutations: [{ seq: 1, entity: 'progress', id: progressIdOf(account.unit, subject), op: 'patch', at: Date.now(), data: { unit: account.unit, planId: planIdOfTask(taskId), taskId, subject, status: 'done' } }] }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { results: Array<{ status: string, reason?: string }> }).results[0]
}

describe('the current year first, past years archived', () => {
  beforeAll(async () => {
    server = await startE2eSyncServer([staff, coordinator])
    browser = await launchChromium()
    staffPage = await signedInPhone(staff)
  }, 120_000)

  afterAll(async () => {
    for (const context of contexts)
      await context.close()
    await browser?.close()
    await server?.close()
  })

  it('says on 首页 that this year\'s plan is not in yet, with last year\'s final figures as history and no alarms', async () => {
    const missing = staffPage.locator('.year-missing')
    await missing.waitFor()
    expect(await staffPage.evaluate(() => new Date().getFullYear())).toBe(2026)
    expect(await missing.textContent()).toContain('2026年工作要点尚未导入')
    expect(await missing.textContent()).toContain('协调员导入本年度工作要点后')
    expect(await missing.getByRole('link').count() + await missing.getByRole('button').count()).toBe(0)
    const history = staffPage.locator('.year-progress')
    expect(await history.textContent()).toMatch(/本单位2024年任务最终完成情况\s*已归档/)
    expect(await staffPage.locator('.task-section').count()).toBe(0)
    expect(await staffPage.getByText('已逾期').count()).toBe(0)
    await staffPage.screenshot({ path: artifactPath('year-home-no-plan-390x844.png'), fullPage: true })
  })

  it('opens 计划 on the latest year, archived, on my unit\'s tasks, with no overdue label', async () => {
    await staffPage.getByRole('tab', { name: '计划' }).click()
    await staffPage.locator('.tree-list .task-row').first().waitFor()
    const note = await staffPage.locator('.year-note').textContent()
    expect(note).toContain('2026年工作要点尚未导入')
    expect(note).toContain('2024年工作要点已归档')
    // Typed loosely: the Node test config has no DOM library.
    const chosen = (label: string) => staffPage.getByLabel(label).evaluate(select => (select as unknown as { selectedOptions: Array<{ textContent: string }> }).selectedOptions[0].textContent)
    expect(await chosen('按年度筛选')).toBe('2024年')
    expect(await chosen('按单位筛选')).toBe(staff.unit)
    expect(await staffPage.locator('.task-row__due--overdue').count()).toBe(0)
    expect(await staffPage.locator('.tree-list').textContent()).not.toContain('逾期')
    await staffPage.screenshot({ path: artifactPath('year-plans-archived-390x844.png') })
  })

  it('refuses a tick on an archived task, in the app and on the server, with a clear note', async () => {
    const first = staffPage.locator('.tree-list .task-row').first()
    archivedTaskId = decodeURIComponent((await first.getAttribute('href'))!.replace('/tasks/', ''))
    await first.click()
    const notice = staffPage.locator('.archived-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('2024年工作要点已归档')
    expect(await notice.getByRole('button').count()).toBe(0)
    const box = staffPage.locator('.check-item input[type=checkbox]').first()
    expect(await box.isDisabled()).toBe(true)
    expect(await staffPage.locator('.summary').textContent()).not.toContain('已逾期')
    await staffPage.screenshot({ path: artifactPath('year-task-archived-390x844.png') })
    const refused = await pushTick(staff, archivedTaskId, 1)
    expect(refused.status).toBe('rejected')
    expect(refused.reason).toContain('2024年的工作要点已归档')
  })

  it('gives the coordinator the way to import this year\'s plan, and to reopen an archived one', async () => {
    const desk = await signedInPhone(coordinator)
    const missing = desk.locator('.year-missing')
    await missing.waitFor()
    await desk.screenshot({ path: artifactPath('year-home-coordinator-390x844.png') })
    await desk.getByRole('button', { name: '导入2026年工作要点' }).click()
    await desk.waitForURL(url => url.pathname === '/import')

    // 总览 opens on the same year, archived: final figures, nothing counted overdue.
    await desk.goto(`${server.url}/overview`)
    await desk.locator('.overview__archived').waitFor()
    expect(await desk.locator('.overview__archived').textContent()).toContain('2024年工作要点已归档')
    expect(await desk.locator('.overview-summary').textContent()).not.toContain('逾期')
    // Nor a column of zeros headed 逾期 in the table of units.
    await desk.locator('.unit-table tbody tr').first().waitFor()
    expect(await desk.locator('.unit-table thead th').allTextContents()).toEqual([expect.stringContaining('单位'), expect.stringContaining('完成率')])
    expect(await desk.locator('.unit-table__overdue').count()).toBe(0)
    await desk.screenshot({ path: artifactPath('year-overview-archived-390x844.png') })

    // A coordinator's 计划 holds every unit's tasks of the year: it opens folded by chapter, with counts.
    await desk.goto(`${server.url}/plans`)
    await desk.locator('.group-row--chapter').first().waitFor()
    const folded = await desk.locator('.group-row--chapter[aria-expanded=false]').count()
    expect(folded).toBeGreaterThan(0)
    expect(await desk.locator('.group-row--chapter[aria-expanded=true]').count()).toBe(1)
    expect(await desk.locator('.tree-list').evaluate(list => list.getBoundingClientRect().height)).toBeLessThan(3000)
    await desk.screenshot({ path: artifactPath('year-plans-coordinator-390x844.png') })

    await desk.goto(`${server.url}/tasks/${encodeURIComponent(archivedTaskId)}`)
    await desk.getByRole('button', { name: '重新开放本计划' }).click()
    await expect.poll(() => desk.locator('.check-item input[type=checkbox]').first().isDisabled()).toBe(false)
    await expect.poll(async () => (await readPhoneDatabase(desk)).outbox.length, { timeout: 30_000 }).toBe(0)
    expect(await pushTick(staff, archivedTaskId, 1)).toMatchObject({ status: 'applied' })
  })
})
