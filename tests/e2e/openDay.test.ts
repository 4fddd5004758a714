// Issue 5's open day, on a staff phone with no signal from start to end: an event is created,
// 20 attendees checked in, 10 feedback items recorded (a photographed card, one with consented
// contact details), 3 questionnaires taken in kiosk mode, which cannot be left without the PIN.
// Back online the phone signs in and syncs; a coordinator on another phone sees it all, and a
// unit the item was referred to sees the phone number only masked, through the API.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath, cameraPhoto, launchChromium, newPhoneContext, openInstalledOffline, phone } from '../helpers/e2eBrowser'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { countStored, fillStandardQuestionnaire, pullRecords, signIn } from './openDayPages'
import { chooseEventTime } from '../helpers/e2eEventForm'

const unit = '区生态环境局'
const staff: E2eAccount = { username: 'eco-staff', password: 'eco-password-1', unit, role: 'staff' }
const coordinator: E2eAccount = { username: 'coordinator', password: 'coordinator-password-1', unit: '区政府办公室', role: 'coordinator' }
const education: E2eAccount = { username: 'edu-staff', password: 'edu-password-1', unit: '区教育局', role: 'staff' }
const pin = '246810'

const comments = [
  '活动现场停车位太少，希望增加临时停车场',
  '讲解员讲得很清楚，收获很大',
  '希望以后多举办这样的开放日活动',
  '河道有异味，希望加强治理',
  '监测数据能不能在网站上公开',
  '工地夜间施工噪声太大',
  '垃圾清运不及时，小区有异味',
  '建议增加线上直播，方便上班族参加',
]

let server: E2eSyncServer
let browser: Browser
let context: BrowserContext
let page: Page
let eventId = ''

async function saveFeedback(content: string): Promise<void> {
  // The form opens with the text field focused and a topic chosen: typing, then one tap on 保存.
  await page.keyboard.type(content)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await page.getByText(/已保存第 \d+ 条/).waitFor()
  await expect.poll(() => page.locator('.quick-form textarea').inputValue()).toBe('')
}

describe('an open day with feedback and questionnaires, offline until the end', () => {
  beforeAll(async () => {
    server = await startE2eSyncServer([staff, coordinator, education])
    browser = await launchChromium()
    const phoneOpened = await openInstalledOffline(browser, server.url, unit)
    context = phoneOpened.context
    page = phoneOpened.page
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('creates the event and checks in 20 attendees, offline', async () => {
    await page.getByRole('tab', { name: '活动' }).click()
    await page.getByRole('link', { name: '新建活动' }).click()
    await page.getByLabel('活动名称').fill('走进区生态环境局 政府开放日')
    // A one-day event: its end (11:30) follows the start to the day chosen.
    await chooseEventTime(page, '开始时间', '2025-06-03', '09:30')
    await page.getByLabel('活动地点').fill('区环境监测站')
    await page.getByRole('button', { name: '保存活动' }).click()
    await page.waitForURL(/\/events\/[0-9a-f-]{36}/)
    eventId = new URL(page.url()).pathname.split('/')[2]
    await page.getByRole('button', { name: '开始活动' }).click()
    await page.locator('.checkin').waitFor()
    for (const [type, taps] of [['市民代表', 12], ['企业代表', 4], ['专家学者', 2], ['媒体', 2]] as const) {
      for (let i = 0; i < taps; i++)
        await page.locator('.tile', { hasText: type }).locator('.tile__add').click()
    }
    await expect.poll(() => page.locator('.checkin__total strong').textContent()).toBe('20 人')
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
  })

  it('records 10 feedback items from the event, one with a photographed card and one with consented contact details', async () => {
    await page.getByText('概况', { exact: true }).click()
    await page.getByRole('link', { name: '快速登记意见' }).click()
    await page.getByText('关联活动：走进区生态环境局 政府开放日').waitFor()
    for (const content of comments)
      await saveFeedback(content)

    await page.locator('.quick-form textarea').fill('手写意见卡：希望增设无障碍通道')
    await page.getByText('更多信息（选填）').click()
    await page.locator('.card-photo input[type=file][capture]').setInputFiles({ name: 'IMG_0101.jpg', mimeType: 'image/jpeg', buffer: await cameraPhoto(page) })
    await page.getByRole('img', { name: '已拍的书面意见照片' }).waitFor()
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存第 9 条').waitFor()

    await page.locator('.quick-form textarea').fill('孩子学校旁边的河道需要整治，希望答复')
    await page.getByText('反映人同意留下联系方式，用于答复').click()
    await page.getByLabel('姓名').fill('王小明')
    await page.getByLabel('联系电话').fill('139 1234 5678')
    await page.screenshot({ path: artifactPath('open-day-feedback-390.png'), fullPage: true })
    await page.getByRole('button', { name: '保存', exact: true }).click()
    await page.getByText('已保存第 10 条').waitFor()
    expect(await countStored(page)).toMatchObject({ feedback: 10, photos: 1 })
  })

  it('refers the item with contact details to another unit', async () => {
    await page.getByRole('button', { name: '完成' }).click()
    await page.getByText('概况', { exact: true }).click()
    await page.getByRole('link', { name: '查看本活动意见' }).click()
    await page.getByText('共 10 条').waitFor()
    await page.locator('.feedback-row', { hasText: '孩子学校旁边的河道' }).click()
    await page.getByText('13912345678').waitFor()
    await page.getByRole('button', { name: '转办' }).click()
    await page.locator('.refer-sheet').getByRole('radio', { name: '区教育局', exact: true }).click()
    await page.getByRole('button', { name: '转办给 区教育局' }).click()
    await page.getByText('已转办至 区教育局').waitFor()
  })

  it('takes 3 questionnaires in kiosk mode, which nothing but the PIN leaves', async () => {
    await page.goto(`${server.url}/kiosk/${eventId}`)
    await page.getByLabel('工作人员密码（4–8 位数字）').fill(pin)
    await page.getByLabel('再次输入密码').fill(pin)
    await page.getByRole('button', { name: '开始现场问卷' }).click()
    for (let visitor = 1; visitor <= 3; visitor++) {
      await fillStandardQuestionnaire(page, visitor)
      await page.getByRole('button', { name: '提交问卷' }).click()
      await page.getByText('提交成功，感谢您的参与！').waitFor()
      await page.getByText(`已保存 ${visitor} 份问卷`).waitFor()
      await page.getByRole('button', { name: '下一位' }).click()
      await page.getByRole('button', { name: '提交问卷' }).waitFor()
    }
    await page.screenshot({ path: artifactPath('open-day-kiosk-390.png') })

    const kioskPath = `/kiosk/${eventId}`
    expect(await page.getByRole('tab').count()).toBe(0)
    expect(await page.getByRole('button', { name: '返回' }).count()).toBe(0)
    await page.goBack()
    await expect.poll(() => new URL(page.url()).pathname).toBe(kioskPath)
    await page.goto(`${server.url}/feedback`)
    await expect.poll(() => new URL(page.url()).pathname).toBe(kioskPath)
    await page.reload()
    await page.getByRole('button', { name: '提交问卷' }).waitFor()
    await expect.poll(() => new URL(page.url()).pathname).toBe(kioskPath)

    await page.getByRole('button', { name: '工作人员退出' }).click()
    await page.getByLabel('工作人员密码（4–8 位数字）').fill('135790')
    await page.getByRole('button', { name: '退出问卷模式' }).click()
    await page.getByText('密码不正确，还可以再试 4 次。').waitFor()
    await page.screenshot({ path: artifactPath('open-day-kiosk-pin-390.png') })
    expect(new URL(page.url()).pathname).toBe(kioskPath)
    await page.getByLabel('工作人员密码（4–8 位数字）').fill(pin)
    await page.getByRole('button', { name: '退出问卷模式' }).click()
    await page.waitForURL(url => url.pathname === `/events/${eventId}`)
    // The app again: the event screen with its way back, and the tab bar one step further.
    await page.getByRole('button', { name: '返回' }).click()
    await page.getByRole('tab', { name: '意见' }).click()
    await page.getByText('共 10 条').waitFor()
  })

  it('holds everything in the outbox, still offline', async () => {
    expect(await page.evaluate(() => navigator.onLine)).toBe(false)
    expect(await countStored(page)).toEqual({ feedback: 10, photos: 1, responses: 3, checkins: 20, outbox: expect.any(Number) })
    const outbox = await page.evaluate(() => new Promise<string[]>((resolve) => {
      const open = indexedDB.open('kaifangri')
      open.onsuccess = () => {
        const request = open.result.transaction('outbox').objectStore('outbox').getAll()
        request.onsuccess = () => resolve(request.result.map(row => `${row.entity}:${row.op}`))
      }
    }))
    const count = (entry: string) => outbox.filter(e => e === entry).length
    expect([count('event:put'), count('checkin:put'), count('feedback:put'), count('feedback:patch'), count('questionnaireResponse:put')]).toEqual([1, 20, 10, 1, 3])
  })

  it('signs in back online and sends it all', async () => {
    await context.setOffline(false)
    await signIn(page, server.url, staff)
    await page.getByRole('tab', { name: '首页' }).click()
    await expect.poll(async () => (await countStored(page)).outbox, { timeout: 30_000 }).toBe(0)
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 20_000 }).toContain('已同步')
  })

  it('shows a coordinator on another phone the event, the 20 check-ins, the 10 items and the 3 questionnaires', async () => {
    const desk = await newPhoneContext(browser, phone.small)
    const deskPage = await desk.newPage()
    await signIn(deskPage, server.url, coordinator)
    await expect.poll(() => countStored(deskPage), { timeout: 30_000 }).toMatchObject({ feedback: 10, responses: 3, checkins: 20 })
    await deskPage.getByRole('tab', { name: '意见' }).click()
    await deskPage.getByText('共 10 条').waitFor()
    await deskPage.locator('.feedback-row', { hasText: '孩子学校旁边的河道' }).click()
    // Coordinators see the full number.
    await deskPage.getByText('13912345678').waitFor()
    await deskPage.screenshot({ path: artifactPath('open-day-coordinator-item-360.png'), fullPage: true })
    // The event's report adds the kiosk questionnaires to the check-ins.
    await deskPage.goto(`${server.url}/events/${eventId}/report`)
    await deskPage.locator('.report-q__total').waitFor()
    expect(await deskPage.locator('.report-q__total').textContent()).toBe('“政府开放活动满意度调查”共回收 3 份。')
    expect(await deskPage.locator('.report-doc__table tbody td').last().textContent()).toBe('20')
    await deskPage.screenshot({ path: artifactPath('open-day-report-360.png'), fullPage: true })
    await desk.close()
  })

  it('gives the unit the item was referred to the phone number masked, through the API', async () => {
    const referred = [...(await pullRecords(server.url, await server.token(education), 'feedback')).values()]
    expect(referred).toHaveLength(1)
    expect(referred[0]).toMatchObject({ content: '孩子学校旁边的河道需要整治，希望答复', referredTo: '区教育局', phone: null, name: null, phoneMasked: '139****5678', nameMasked: '王**' })
    const own = [...(await pullRecords(server.url, await server.token(staff), 'feedback')).values()]
    expect(own.find(item => item.phoneMasked)?.phone).toBe('13912345678')
  })
})
