// Two phones of different units record offline, come back online and converge through the
// real server; the coordinator sees both; neither unit can read or change the other's data.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '../../src/shared/ids'
import { artifactPath, bundledPlansDay, launchChromium, newPhoneContext, phone, waitForServiceWorker } from '../helpers/e2eBrowser'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { readPhoneDatabase } from './phoneDatabase'

const office: E2eAccount = { username: 'office-staff', password: 'office-password-1', unit: '区政府办公室', role: 'staff' }
const service: E2eAccount = { username: 'service-staff', password: 'service-password-1', unit: '区政务服务办', role: 'staff' }
const coordinator: E2eAccount = { username: 'coordinator', password: 'coordinator-password-1', unit: '区政府办公室', role: 'coordinator' }

interface Phone {
  account: E2eAccount
  context: BrowserContext
  page: Page
  note: string
}

let server: E2eSyncServer
let browser: Browser
const phones: Phone[] = []

async function openPhone(account: E2eAccount, size = phone.large): Promise<Phone> {
  const context = await newPhoneContext(browser, size, { today: bundledPlansDay })
  const page = await context.newPage()
  await page.goto(server.url)
  await waitForServiceWorker(page)
  return { account, context, page, note: `${account.unit}：已在政府网站发布，离线记录` }
}

async function chooseUnit({ page, account }: Phone) {
  await page.getByRole('tab', { name: '我的' }).click()
  await page.getByText('我的单位').click()
  await page.getByRole('button', { name: account.unit, exact: true }).click()
}

async function signIn({ page, account }: Phone) {
  await page.goto(`${server.url}/login`)
  await page.getByLabel('用户名').waitFor()
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  await page.screenshot({ path: artifactPath(`sign-in-${page.viewportSize()!.width}.png`) })
  await page.getByLabel('用户名').fill(account.username)
  await page.getByLabel('密码').fill(account.password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL(url => !url.pathname.startsWith('/login'))
}

async function tickAndNoteFirstItem({ page, account, note }: Phone) {
  await page.getByRole('tab', { name: '计划' }).click()
  await page.getByLabel('按单位筛选').selectOption(account.unit)
  await page.locator('.task-row').first().click()
  const item = page.locator('.check-item').first()
  // A click, not check(): the box turns ticked only once the tick is saved.
  await item.locator('input[type=checkbox]').click()
  await expect.poll(() => item.locator('input[type=checkbox]').isChecked()).toBe(true)
  await item.getByRole('button', { name: /记录情况/ }).click()
  await item.getByLabel('备注').fill(note)
  await item.getByRole('button', { name: '保存备注' }).click()
}

/** Back to 首页, where the sync status shows, from wherever the phone is. */
async function goHome(page: Page) {
  const back = page.getByRole('button', { name: '返回' })
  if (await back.isVisible())
    await back.click()
  await page.getByRole('tab', { name: '首页' }).click()
}

async function waitUntilSynced(page: Page) {
  await goHome(page)
  await expect.poll(async () => (await readPhoneDatabase(page)).outbox.length, { timeout: 20_000 }).toBe(0)
  await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 }).toContain('已同步')
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
}

async function pullAll(token: string) {
  const records = new Map<string, Record<string, unknown>>()
  let cursor = '0'
  for (let more = true; more;) {
    const response = await fetch(`${server.url}/api/sync/pull?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } })
    const page = await response.json() as { changes: Array<{ entity: string, id: string, deleted: boolean, data: Record<string, unknown> | null }>, cursor: string, more: boolean }
    for (const change of page.changes.filter(c => c.entity === 'progress')) {
      if (change.deleted || !change.data)
        records.delete(change.id)
      else
        records.set(change.id, change.data)
    }
    cursor = page.cursor
    more = page.more
  }
  return records
}

describe('two phones of different units, offline then back online', () => {
  beforeAll(async () => {
    server = await startE2eSyncServer([office, service, coordinator], { reopenPastPlans: true })
    browser = await launchChromium()
    phones.push(await openPhone(office), await openPhone(service, phone.small))
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('signs both phones in while they have signal', async () => {
    for (const phone of phones) {
      await chooseUnit(phone)
      await signIn(phone)
      await waitUntilSynced(phone.page)
      await phone.page.screenshot({ path: artifactPath(`home-synced-${phone.page.viewportSize()!.width}.png`) })
    }
  })

  it('ticks and notes a checklist item on each phone with the network off', async () => {
    for (const phone of phones) {
      await phone.context.setOffline(true)
      await tickAndNoteFirstItem(phone)
      const stored = await readPhoneDatabase(phone.page)
      expect(stored.outbox.map(e => `${e.entity}:${e.op}`)).toEqual(['progress:patch', 'progress:patch'])
      await goHome(phone.page)
      await expect.poll(() => phone.page.getByRole('status').first().textContent()).toContain('2 项修改待同步')
      await phone.page.getByRole('link', { name: /查看同步详情/ }).click()
      await phone.page.getByText('待发送的修改').waitFor()
      await phone.page.screenshot({ path: artifactPath(`sync-page-offline-${phone.page.viewportSize()!.width}.png`) })
    }
  })

  it('sends both phones\' changes when the network returns, and each phone matches the server', async () => {
    await Promise.all(phones.map(phone => phone.context.setOffline(false)))
    for (const phone of phones) {
      await waitUntilSynced(phone.page)
      const { progress, session } = await readPhoneDatabase(phone.page)
      const onServer = await pullAll(session!.token)
      expect(new Map(progress.map(row => [row.id, row]))).toEqual(onServer)
      expect(progress).toEqual([expect.objectContaining({ unit: phone.account.unit, status: 'done', note: phone.note })])
    }
  })

  it('shows the coordinator both units\' work', async () => {
    const desk = await openPhone(coordinator)
    await signIn(desk)
    await expect.poll(async () => (await readPhoneDatabase(desk.page)).progress.map(row => `${row.unit} ${row.status} ${row.note}`).sort(), { timeout: 20_000 })
      .toEqual(phones.map(p => `${p.account.unit} done ${p.note}`).sort())
  })

  it('keeps each unit\'s records from the other unit\'s staff, reading and writing through the API', async () => {
    const [officeRecords, serviceRecords] = await Promise.all([office, service].map(async account => pullAll(await server.token(account))))
    expect([...officeRecords.values()].map(r => r.unit)).toEqual([office.unit])
    expect([...serviceRecords.values()].map(r => r.unit)).toEqual([service.unit])

    const [target] = [...serviceRecords.values()]
    const response = await fetch(`${server.url}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${await server.token(office)}` },
      body: JSON.stringify({ clientId: uuidv7(), sentAt: Date.now(), mutations: [{ seq: 1, entity: 'progress', id: target.id, op: 'patch', at: Date.now(), data: { unit: target.unit, planId: target.planId, taskId: target.taskId, subject: target.subject, status: 'todo', note: '越权修改' } }] }),
    })
    const { results } = await response.json() as { results: Array<{ status: string, code?: string }> }
    expect(results).toEqual([expect.objectContaining({ status: 'rejected' })])
    expect((await pullAll(await server.token(service))).get(target.id as string)).toEqual(target)
  })

  it('keeps a change the server refused on the phone, shown with its reason and counted apart from those waiting', async () => {
    const [officePhone] = phones
    const { page, context } = officePhone
    const [target] = [...(await pullAll(await server.token(service))).values()]
    await context.setOffline(true)
    // Two changes: a box of the first task ticked, and unticked again.
    await page.getByRole('tab', { name: '计划' }).click()
    await page.locator('.task-row').first().click()
    const box = page.locator('.check-item').last().locator('input[type=checkbox]')
    for (const ticked of [true, false]) {
      await box.click()
      await expect.poll(() => box.isChecked()).toBe(ticked)
    }
    await goHome(page)
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('2 项修改待同步')
    // The tick's entry made into a change of the other unit's record, as a phone that had been given
    // that unit's work would hold: the server refuses it when the phone is back online.
    await page.evaluate(other => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('kaifangri')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const tx = open.result.transaction('outbox', 'readwrite')
        const first = tx.objectStore('outbox').openCursor()
        first.onsuccess = () => {
          const row = first.result!.value as { id: string, data: Record<string, unknown> }
          first.result!.update({ ...row, id: other.id, data: { ...row.data, unit: other.unit, planId: other.planId, taskId: other.taskId, subject: other.subject } })
        }
        tx.oncomplete = () => {
          open.result.close()
          resolve()
        }
        tx.onerror = () => reject(tx.error)
      }
    }), target as { id: string, unit: string, planId: string, taskId: string, subject: string })
    await context.setOffline(false)
    await page.getByRole('link', { name: /查看同步详情/ }).click()
    await page.getByText('未被接受的修改').waitFor({ timeout: 20_000 })
    await expect.poll(() => page.getByText(/^原因：/).allTextContents(), { timeout: 20_000 }).toEqual([`原因：只能填报或修改本单位（${office.unit}）的记录`])
    // Sent and refused: nothing waits any more, the one refused entry is kept, and only it is in the index of refused entries.
    await expect.poll(async () => (await readPhoneDatabase(page)).outbox.length, { timeout: 20_000 }).toBe(1)
    expect(await page.evaluate(() => new Promise<number>((resolve, reject) => {
      const open = indexedDB.open('kaifangri')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const refusedRows = open.result.transaction('outbox').objectStore('outbox').index('rejected.code').count()
        refusedRows.onsuccess = () => {
          open.result.close()
          resolve(refusedRows.result)
        }
      }
    }))).toBe(1)
    expect((await page.locator('.van-cell').filter({ hasText: '待发送的修改' }).textContent())!.replace(/\s/g, '')).toBe('待发送的修改0')
    await page.screenshot({ path: artifactPath('sync-page-refused-390.png') })
  })
})
