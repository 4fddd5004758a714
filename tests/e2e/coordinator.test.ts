// The coordinator's desk, in real Chromium against the built app and the real server: two staff
// phones of different units record and sync; the coordinator sees both units' progress and the
// overdue tasks, a photo taken on another phone, and a checklist item's overwritten values;
// staff cannot open the overview; a one-time password is replaced on the phone.
import { createHash } from 'node:crypto'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '../../src/shared/ids'
import { artifactPath, bundledPlansDay, cameraPhoto, launchChromium, phone } from '../helpers/e2eBrowser'
import { pageViolations } from '../helpers/axe'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { installedPhone } from '../helpers/e2ePhones'
import { eventRecord } from '../helpers/serverFeedback'
import { readPhoneDatabase } from './phoneDatabase'

const office: E2eAccount = { username: 'office-staff', password: 'office-password-1', unit: '区政府办公室', role: 'staff' }
const service: E2eAccount = { username: 'service-staff', password: 'service-password-1', unit: '区政务服务办', role: 'staff' }
const coordinator: E2eAccount = { username: 'desk', password: 'desk-password-1', unit: '区政府办公室', role: 'coordinator' }
const officeNote = '开放日现场照片已上传'

let server: E2eSyncServer
let browser: Browser
const contexts: BrowserContext[] = []
/** The task each staff phone recorded on, by unit. */
const recorded = new Map<string, string>()

async function phoneFor(account: E2eAccount | null, size = phone.large): Promise<Page> {
  const { context, page } = await installedPhone(browser, server.url, account, {
    size,
    today: bundledPlansDay,
    // Records how the app asks the browser to decode photos: shrunk while decoding, not after.
    prepare: context => context.addInitScript(() => {
      const decode = window.createImageBitmap.bind(window)
      const calls: unknown[] = []
      Object.assign(window, { bitmapCalls: calls })
      window.createImageBitmap = ((image: ImageBitmapSource, ...rest: unknown[]) => {
        calls.push(rest.at(-1) ?? null)
        return (decode as (...args: unknown[]) => Promise<ImageBitmap>)(image, ...rest)
      }) as typeof createImageBitmap
    }),
  })
  contexts.push(context)
  return page
}

/** A 4000×3000 camera JPEG taken with the phone turned (EXIF orientation 6): red on the left, blue on the right. */
async function sidewaysCameraPhoto(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(async () => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 4000, height: 3000 })
    const g = canvas.getContext('2d')!
    g.fillStyle = '#e00000'
    g.fillRect(0, 0, 2000, 3000)
    g.fillStyle = '#0000e0'
    g.fillRect(2000, 0, 2000, 3000)
    const jpeg = new Uint8Array(await (await new Promise<Blob>(resolve => canvas.toBlob(b => resolve(b!), 'image/jpeg', 0.9))).arrayBuffer())
    // APP1 "Exif", big-endian TIFF, one IFD entry: Orientation (0x0112) = 6, i.e. turn 90° clockwise to view.
    const exif = [0xFF, 0xE1, 0, 34, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x4D, 0x4D, 0, 0x2A, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0]
    const bytes = [...jpeg.subarray(0, 2), ...exif, ...jpeg.subarray(2)]
    let text = ''
    for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.slice(i, i + 8192))
    return btoa(text)
  })
  return Buffer.from(base64, 'base64')
}

async function recordFirstTaskOfUnit(page: Page, unit: string, withPhoto: boolean) {
  await page.getByRole('tab', { name: '计划' }).click()
  await page.getByLabel('按单位筛选').selectOption(unit)
  const first = page.locator('.tree-list .task-row').first()
  recorded.set(unit, decodeURIComponent((await first.getAttribute('href'))!.replace('/tasks/', '')))
  await first.click()
  const item = page.locator('.check-item').first()
  await item.locator('input[type=checkbox]').click()
  await expect.poll(() => item.locator('input[type=checkbox]').isChecked()).toBe(true)
  await item.getByRole('button', { name: /记录情况/ }).click()
  if (withPhoto) {
    await item.getByLabel('备注').fill(officeNote)
    await item.getByRole('button', { name: '保存备注' }).click()
    await item.locator('input[type=file][capture]').setInputFiles({ name: 'IMG_2040.jpg', mimeType: 'image/jpeg', buffer: await sidewaysCameraPhoto(page) })
    await item.getByRole('button', { name: '查看第 1 张照片' }).locator('img').waitFor()
  }
  await expect.poll(async () => (await readPhoneDatabase(page)).outbox.length, { timeout: 30_000 }).toBe(0)
}

async function storedPhotos(page: Page) {
  return page.evaluate(() => new Promise<Array<{ sha256: string, width: number, height: number, uploaded: number, thumb: number, topLeft: number[] }>>((resolve, reject) => {
    const open = indexedDB.open('kaifangri')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const request = open.result.transaction('photos').objectStore('photos').getAll()
      request.onsuccess = async () => {
        open.result.close()
        resolve(await Promise.all(request.result.map(async (row: { sha256: string, width: number, height: number, uploaded: number, blob: Blob, thumb: Blob }) => {
          const bitmap = await createImageBitmap(row.blob)
          const canvas = Object.assign(document.createElement('canvas'), { width: bitmap.width, height: bitmap.height })
          canvas.getContext('2d')!.drawImage(bitmap, 0, 0)
          const topLeft = [...canvas.getContext('2d')!.getImageData(10, 10, 1, 1).data.slice(0, 3)]
          return { sha256: row.sha256, width: row.width, height: row.height, uploaded: row.uploaded, thumb: row.thumb.size, topLeft }
        })))
      }
    }
  }))
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
/** The overview's views are native radios inside their labels; a person taps the label. */
const view = (page: Page, name: string) => page.locator('.segmented__option', { has: page.getByRole('radio', { name: new RegExp(`^${name}`) }) })
const unitRow = (page: Page, unit: string) => page.locator('.unit-table tbody tr').filter({ has: page.getByRole('link', { name: unit, exact: true }) })

describe('the coordinator\'s overview of every unit', () => {
  let desk: Page

  beforeAll(async () => {
    server = await startE2eSyncServer([office, service, coordinator], { reopenPastPlans: true })
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('takes progress from two staff phones of different units, a photo among it, decoded already shrunk and upright', async () => {
    const officePhone = await phoneFor(office)
    await recordFirstTaskOfUnit(officePhone, office.unit, true)
    const [photo] = await storedPhotos(officePhone)
    expect(photo).toMatchObject({ width: 1200, height: 1600, uploaded: 1 })
    // Turned upright: the left (red) side of the sideways photo is now on top.
    expect(photo.topLeft[0]).toBeGreaterThan(200)
    expect(photo.topLeft[2]).toBeLessThan(60)
    expect(await officePhone.evaluate(() => (window as unknown as { bitmapCalls: unknown[] }).bitmapCalls))
      .toContainEqual({ imageOrientation: 'from-image', resizeWidth: 1200, resizeHeight: 1600, resizeQuality: 'high' })

    const servicePhone = await phoneFor(service, phone.small)
    await recordFirstTaskOfUnit(servicePhone, service.unit, false)
  })

  it('keeps the overview from staff', async () => {
    const page = contexts[1].pages()[0]
    await page.goto(`${server.url}/overview`)
    await page.locator('.home').waitFor()
    expect(new URL(page.url()).pathname).toBe('/')
    expect(await page.locator('.overview-entry').count()).toBe(0)
    expect(await page.getByRole('heading', { name: '各单位进度' }).count()).toBe(0)
  })

  it('shows the coordinator both units\' progress and the overdue tasks', async () => {
    desk = await phoneFor(coordinator)
    await expect.poll(async () => new Set((await readPhoneDatabase(desk)).progress.map(row => row.unit)), { timeout: 30_000 })
      .toEqual(new Set([office.unit, service.unit]))
    await desk.getByRole('tab', { name: '我的' }).click()
    await desk.getByText('各单位进度总览').waitFor()
    await desk.screenshot({ path: artifactPath('me-coordinator-390x844.png') })
    await desk.getByRole('tab', { name: '首页' }).click()
    await desk.locator('.overview-entry').waitFor()
    await desk.screenshot({ path: artifactPath('home-coordinator-390x844.png') })
    await desk.locator('.overview-entry').click()
    await desk.getByRole('heading', { name: '各单位进度' }).waitFor()
    const year = /^plan-(\d{4})-/.exec(recorded.get(office.unit)!)![1]
    await desk.getByLabel('选择年度').selectOption(year)
    for (const unit of [office.unit, service.unit])
      await expect.poll(() => unitRow(desk, unit).textContent(), { timeout: 10_000 }).toMatch(/事项：完成 [1-9]/)
    expect(await desk.locator('th[aria-sort]').count()).toBe(3)
    expect(await pageViolations(desk)).toEqual([])
    expect(await overflow(desk)).toBeLessThanOrEqual(0)
    await desk.screenshot({ path: artifactPath('overview-units-390x844.png'), fullPage: true })

    await desk.getByRole('button', { name: '按完成率排序' }).click()
    expect(await desk.locator('th[aria-sort="ascending"]').textContent()).toContain('完成率')

    await view(desk, '逾期任务').click()
    await desk.locator('.overdue-list__item').first().waitFor()
    expect(await desk.locator('.overdue-list__item').first().textContent()).toMatch(/已逾期 \d+ 天.*未完成：/)
    await desk.screenshot({ path: artifactPath('overview-overdue-390x844.png') })

    await view(desk, '按部分').click()
    await desk.locator('.chapters__chapter').first().waitFor()
    expect(await pageViolations(desk)).toEqual([])
    await desk.screenshot({ path: artifactPath('overview-chapters-390x844.png') })
  })

  it('fits a small phone and large text', async () => {
    await desk.setViewportSize(phone.small)
    await view(desk, '各单位').click()
    await unitRow(desk, office.unit).waitFor()
    expect(await overflow(desk)).toBeLessThanOrEqual(0)
    await desk.screenshot({ path: artifactPath('overview-units-360x640.png') })
    await desk.evaluate(() => localStorage.setItem('kaifangri.largeText', 'true'))
    await desk.reload()
    await unitRow(desk, office.unit).waitFor()
    expect(await overflow(desk)).toBeLessThanOrEqual(0)
    expect(await pageViolations(desk)).toEqual([])
    await desk.screenshot({ path: artifactPath('overview-large-360x640.png') })
    await desk.locator('.unit-table').scrollIntoViewIfNeeded()
    await desk.screenshot({ path: artifactPath('overview-units-large-360x640.png') })

    await unitRow(desk, office.unit).getByRole('link').click()
    await desk.locator('.unit-tasks').first().waitFor()
    expect(await desk.locator('.unit-tasks h2').first().textContent()).toMatch(/已逾期|未完成/)
    expect(await overflow(desk)).toBeLessThanOrEqual(0)
    await desk.screenshot({ path: artifactPath('overview-unit-large-360x640.png') })
    await desk.evaluate(() => localStorage.setItem('kaifangri.largeText', 'false'))
    await desk.setViewportSize(phone.large)
  })

  it('shows the coordinator a photo taken on another phone, fetched and kept on this one', async () => {
    await desk.goto(`${server.url}/tasks/${encodeURIComponent(recorded.get(office.unit)!)}`)
    const item = desk.locator('.check-item').first()
    await item.getByRole('button', { name: /记录情况/ }).click()
    const thumb = item.locator('.thumb__img')
    await thumb.waitFor()
    await expect.poll(() => thumb.evaluate(img => (img as HTMLImageElement).naturalWidth)).toBe(240)
    const photos = await storedPhotos(desk)
    expect(photos).toEqual([expect.objectContaining({ width: 1200, height: 1600, uploaded: 1 })])
    expect(photos[0].thumb).toBeGreaterThan(0)
  })

  it('lets the coordinator read the values an item lost, with who wrote them', async () => {
    const item = desk.locator('.check-item').first()
    await item.getByLabel('备注').fill('统筹核实：照片清晰')
    await item.getByRole('button', { name: '保存备注' }).click()
    await expect.poll(async () => (await readPhoneDatabase(desk)).outbox.length, { timeout: 30_000 }).toBe(0)
    await item.getByRole('button', { name: '查看修改历史' }).click()
    const history = item.locator('.item-history__list li').first()
    await history.waitFor()
    expect(await history.textContent()).toContain(`备注：${officeNote}`)
    expect(await history.textContent()).toContain(`${office.unit}${office.username}（${office.unit}）填写于`)
    await desk.screenshot({ path: artifactPath('task-history-remote-photo-390x844.png'), fullPage: true })
  })

  it('shows the coordinator an open day\'s photo taken on another phone, on the event and in its report', async () => {
    // The office phone's open day, as its sync would send it: the photo's bytes, then the records.
    const bytes = await cameraPhoto(desk, '市民参观')
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const token = await server.token(office)
    const uploaded = await fetch(`${server.url}/api/photos/${sha256}`, { method: 'PUT', headers: { 'content-type': 'image/jpeg', 'authorization': `Bearer ${token}` }, body: new Uint8Array(bytes) })
    expect(uploaded.status).toBe(201)
    const event = eventRecord(office.unit, { title: '区政府开放日', status: 'closed' })
    const photo = { id: uuidv7(), eventId: event.id, unit: office.unit, photo: { sha256, mime: 'image/jpeg', width: 3000, height: 2000, bytes: bytes.length }, caption: '市民参观办事大厅', takenAt: Date.now(), createdBy: office.username }
    const pushed = await fetch(`${server.url}/api/sync/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
      body: JSON.stringify({ clientId: uuidv7(), sentAt: Date.now(), mutations: [
        { seq: 1, entity: 'event', id: event.id, op: 'put', at: Date.now(), data: event },
        { seq: 2, entity: 'eventPhoto', id: photo.id, op: 'put', at: Date.now(), data: photo },
      ] }),
    })
    const results = (await pushed.json() as { results: Array<{ status: string }> }).results
    expect(results, JSON.stringify(results)).toMatchObject([{ status: 'applied' }, { status: 'applied' }])

    // The desk pulls them when it starts, and fetches the photo the first time it is shown.
    await desk.goto(`${server.url}/events/${event.id}?view=record`)
    const thumb = desk.locator('.photo-card__img')
    await thumb.waitFor({ timeout: 30_000 })
    await expect.poll(() => thumb.evaluate(img => (img as HTMLImageElement).naturalWidth)).toBe(320)
    expect(await storedPhotos(desk)).toContainEqual(expect.objectContaining({ sha256, width: 3000, height: 2000 }))
    await desk.goto(`${server.url}/events/${event.id}/report`)
    const full = desk.locator('.report-photo__img')
    await full.waitFor()
    await expect.poll(() => full.evaluate(img => (img as HTMLImageElement).naturalWidth)).toBe(3000)
    expect(await full.getAttribute('alt')).toBe('市民参观办事大厅')
  })

  it('asks for a new password after a one-time one, reminds until it is changed, and changes it', async () => {
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'authorization': `Bearer ${await server.token(coordinator)}` },
      body: JSON.stringify({ username: 'new-colleague', displayName: '新同事', unit: service.unit, role: 'staff' }),
    })
    const { password } = await created.json() as { password: string }
    const newcomer: E2eAccount = { username: 'new-colleague', password, unit: service.unit, role: 'staff' }
    const page = await phoneFor(newcomer, phone.small)
    await page.waitForURL(url => url.pathname === '/password')
    await page.getByText('你正在使用管理员发放的一次性密码').waitFor()

    // 首页 reminds (and, once it has tried, the sync bar says syncing waits for the change).
    await page.goto(server.url)
    await page.getByRole('link', { name: '修改密码' }).click()
    await page.getByLabel('当前密码').fill(password)
    await page.getByLabel('新密码', { exact: true }).fill('my-own-password-1')
    await page.getByLabel('确认新密码').fill('my-own-password-2')
    await page.getByRole('button', { name: '确认修改' }).click()
    await page.getByText('两次输入的新密码不一致').waitFor()
    expect(await pageViolations(page)).toEqual([])
    expect(await overflow(page)).toBeLessThanOrEqual(0)
    await page.screenshot({ path: artifactPath('password-360x640.png'), fullPage: true })

    await page.getByLabel('确认新密码').fill('my-own-password-1')
    await page.getByRole('button', { name: '确认修改' }).click()
    await page.getByText('密码已修改').waitFor()
    await expect(server.token({ ...newcomer, password: 'my-own-password-1' })).resolves.toMatch(/\w/)
    await expect(server.token(newcomer)).rejects.toThrow(/401/)
    // Back where the reminder was, which is gone.
    await page.getByRole('button', { name: '确定' }).click()
    await page.waitForURL(url => url.pathname === '/')
    await page.locator('.sync-status').waitFor()
    expect(await page.getByText('你还在使用一次性密码').count()).toBe(0)
    await page.getByRole('tab', { name: '我的' }).click()
    await page.locator('.me').waitFor()
    expect(await page.getByText('你还在使用一次性密码').count()).toBe(0)
    expect(await page.getByText('各单位进度总览').count()).toBe(0)
    await page.screenshot({ path: artifactPath('me-staff-360x640.png') })
  })
})
