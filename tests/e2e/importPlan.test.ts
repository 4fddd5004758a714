// This year's plan comes in as a PDF printed from a web page (no title line, a unit written by its
// short name): the coordinator imports it with the network off, fills in what the page lacked,
// maps its units and saves; back online it syncs, and a staff phone of the mapped unit finds
// exactly that plan's tasks for its unit. Pasted text without a title and a bare task table too.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlanRecord } from '../../src/shared/records/plan'
import { taskCoversUnit } from '../../src/shared/units'
import { artifactPath, launchChromium } from '../helpers/e2eBrowser'
import { pageViolations } from '../helpers/axe'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { installedPhone } from '../helpers/e2ePhones'
import { chapterParagraphs, p, planChapters } from '../shared/plan/pdf/fixturePlans'
import { pageStyle } from '../shared/plan/pdf/renderPdf'
import { readPhoneDatabase } from './phoneDatabase'

const coordinator: E2eAccount = { username: 'import-coordinator', password: 'coordinator-password-1', unit: '区政府办公室', role: 'coordinator' }
const dataStaff: E2eAccount = { username: 'data-staff', password: 'data-staff-password-1', unit: '区数据局', role: 'staff' }

let server: E2eSyncServer
let browser: Browser
let desk: { context: BrowserContext, page: Page }

/** The plan's chapters as a web page shows them from its first paragraph on, 区数据局 written 数据局. */
async function pagePrintedToPdf(): Promise<Buffer> {
  const chapters = planChapters.map(chapter => ({ ...chapter, tasks: chapter.tasks.map(task => task.replace('区数据局牵头', '数据局牵头')) }))
  const body = [p('为深入贯彻落实国家和本市关于全面推进政务公开工作的决策部署，结合本区实际，现将今年政务公开重点工作安排如下。'), ...chapterParagraphs(chapters, 0)].join('\n')
  const page = await browser.newPage()
  await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${pageStyle}</style></head><body>${body}</body></html>`)
  const pdf = await page.pdf({ format: 'A4', margin: { top: '25mm', bottom: '25mm', left: '26mm', right: '26mm' } })
  await page.close()
  return pdf
}

/** Back to a screen with the tab bar (the import screen has a back arrow instead), then to a tab. */
async function openTab(page: Page, name: string) {
  const back = page.getByRole('button', { name: '返回' })
  if (await back.isVisible())
    await back.click()
  await page.getByRole('tab', { name }).click()
}

async function waitUntilSynced(page: Page) {
  await openTab(page, '首页')
  await expect.poll(async () => (await readPhoneDatabase(page)).outbox.length, { timeout: 30_000 }).toBe(0)
  await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 30_000 }).toContain('已同步')
}

async function openPhone(account: E2eAccount) {
  const phone = await installedPhone(browser, server.url, account)
  await waitUntilSynced(phone.page)
  return phone
}

async function openImportScreen(page: Page) {
  await openTab(page, '计划')
  await page.getByRole('link', { name: '导入计划' }).click()
  await page.locator('.import-source').waitFor()
}

async function pullPlans(account: E2eAccount): Promise<PlanRecord[]> {
  const token = await server.token(account)
  const plans: PlanRecord[] = []
  for (let cursor = '0', more = true; more;) {
    const response = await fetch(`${server.url}/api/sync/pull?cursor=${cursor}&limit=1000`, { headers: { authorization: `Bearer ${token}` } })
    const page = await response.json() as { changes: Array<{ entity: string, deleted: boolean, data: PlanRecord | null }>, cursor: string, more: boolean }
    plans.push(...page.changes.filter(change => change.entity === 'plan' && !change.deleted && change.data).map(change => change.data!))
    cursor = page.cursor
    more = page.more
  }
  return plans
}

const field = (page: Page, label: string) => page.locator('.draft-fields .van-field').filter({ hasText: label }).locator('input, textarea')

beforeAll(async () => {
  server = await startE2eSyncServer([coordinator, dataStaff])
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('importing this year\'s plan from a PDF, offline', () => {
  it('has the coordinator\'s phone signed in and synced while it has signal', async () => {
    desk = await openPhone(coordinator)
  })

  it('reads the PDF with the network off, asks for what the page lacks, maps its units and saves it whole', async () => {
    const { context, page } = desk
    const pdf = await pagePrintedToPdf()
    await context.setOffline(true)
    await page.reload()
    await openImportScreen(page)
    await page.screenshot({ path: artifactPath('import-source-390.png') })

    await page.locator('.import-source input[type=file]').setInputFiles({ name: '政务公开重点工作.pdf', mimeType: 'application/pdf', buffer: pdf })
    await page.locator('.preview').waitFor({ timeout: 30_000 })
    await expect.poll(() => page.locator('.preview__counts').textContent()).toContain('识别出 8 项任务')
    expect(await page.locator('.draft-fields__ask').textContent()).toBe('文中没有找到标题、年度、发文单位，请填写后再保存。')
    const save = page.locator('.preview__actions .van-button--primary')
    expect(await save.isDisabled()).toBe(true)
    await page.screenshot({ path: artifactPath('import-preview-missing-390.png') })
    expect(await pageViolations(page)).toEqual([])

    await field(page, '年度').fill('2026')
    await field(page, '发文单位').fill('青浦区人民政府办公室')
    await page.locator('.draft-fields__suggest').click()
    await expect.poll(() => page.locator('.draft-fields__ask').count()).toBe(0)

    const dataRow = page.locator('.unit-row').filter({ has: page.locator('label', { hasText: /^\s*数据局/ }) })
    expect(await dataRow.textContent()).toContain('名录中没有，是新单位吗？')
    await dataRow.locator('select').selectOption({ label: '区数据局' })
    await page.getByRole('button', { name: '其余未对应的都确认为新单位' }).click()
    await page.locator('.unit-mapping').scrollIntoViewIfNeeded()
    await page.screenshot({ path: artifactPath('import-preview-units-390.png') })
    await page.screenshot({ path: artifactPath('import-preview-mapped-390.png'), fullPage: true })
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)

    await save.click()
    await page.getByText('已保存“2026年青浦区人民政府办公室政务公开工作要点”，共 8 项任务。').waitFor()
    const stored = await readPhoneDatabase(page)
    expect(stored.outbox.map(entry => `${entry.entity}:${entry.op}`)).toEqual(['plan:put'])
  })

  it('sends the plan when the network returns, with its unit map', async () => {
    await desk.context.setOffline(false)
    await waitUntilSynced(desk.page)
    const plan = (await pullPlans(coordinator)).find(record => record.year === 2026)!
    // The coordinator's device has the unit directory: the plan belongs to the issuing organization.
    expect(plan).toMatchObject({ title: '2026年青浦区人民政府办公室政务公开工作要点', issuer: '青浦区人民政府办公室', bundled: false, owner: '青浦区人民政府' })
    expect(plan.unitMap).toMatchObject({ 数据局: '区数据局', 区政府办公室: '区政府办公室' })
    expect(plan.tasks[2].assignments[0].leads).toEqual(['区数据局'])
  })

  it('shows a staff phone of the mapped unit exactly that plan\'s tasks for its unit', async () => {
    const plan = (await pullPlans(dataStaff)).find(record => record.year === 2026)!
    const expected = plan.tasks.filter(task => Object.values(taskCoversUnit(task, dataStaff.unit, plan.issuer)).some(Boolean)).map(task => task.title)
    expect(expected).toContain('做好政策精准推送')
    expect(expected).not.toContain('加强基层政务公开标准化规范化建设')

    const { page } = await openPhone(dataStaff)
    await page.getByRole('tab', { name: '计划' }).click()
    await page.getByLabel('按年度筛选').selectOption({ label: '2026年' })
    await page.getByLabel('按单位筛选').selectOption(dataStaff.unit)
    await expect.poll(async () => (await page.locator('.task-row__title').allTextContents()).sort(), { timeout: 20_000 }).toEqual([...expected].sort())
  })
})

describe('importing pasted text on the phone', () => {
  it('takes a page copied without its title once the coordinator fills in year and issuer', async () => {
    const { page } = desk
    await openImportScreen(page)
    const text = ['各有关单位：现将今年政务公开重点安排如下。', '一、加强政策公开', '（一）做好政策解读。新出台的规范性文件解读率达到100%，于6月底前完成政策文件库更新。（区政府办公室牵头，区数据局配合）', '（二）办好政府开放日活动。全年至少组织开放活动2次，每次邀请公众不少于20人。（区政府办公室）', '分享到微信'].join('\n')
    await page.locator('.import-source textarea').fill(text)
    await page.getByRole('button', { name: '识别' }).click()
    await page.locator('.preview').waitFor()
    expect(await page.locator('.preview__counts').textContent()).toContain('识别出 2 项任务')
    expect(await page.locator('.leftovers summary').first().textContent()).toContain('未识别为任务的内容')
    await field(page, '标题').fill('2026年青浦区数据工作要点')
    await field(page, '年度').fill('2026')
    await field(page, '发文单位').fill('青浦区数据局')
    await expect.poll(() => page.locator('.preview__actions .van-button--primary').isDisabled()).toBe(false)
    await page.locator('.preview__actions .van-button--primary').click()
    await page.getByText('已保存“2026年青浦区数据工作要点”，共 2 项任务。').waitFor()
  })

  it('makes tasks of a task table pasted alone, cells tab-separated, without a 序号 column', async () => {
    const { page } = desk
    await openImportScreen(page)
    const table = ['工作任务\t具体要求\t责任单位\t时限要求', '规范信息发布\t建立信息发布前保密审查机制，每季度至少1次开展自查。\t区政府办公室\t全年', '公开数据开放目录\t新增开放数据集不少于20个。\t区数据局\t6月底前', '办好数据开放活动\t组织开放日活动至少2场。\t区数据局牵头，区政府办公室配合\t9月中旬'].join('\n')
    await page.locator('.import-source textarea').fill(table)
    await page.getByRole('button', { name: '识别' }).click()
    await page.locator('.preview').waitFor()
    expect(await page.locator('.preview__counts').textContent()).toContain('识别出 3 项任务')
    expect(await page.locator('.draft-tasks').textContent()).toContain('牵头：区数据局')
    await page.screenshot({ path: artifactPath('import-preview-table-390.png') })
  })
})
