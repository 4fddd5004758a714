/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The official event report (issue 11), printed to PDF by Chromium as an office would file it:
// a typical open day of 9 people fits on two A4 pages, with the title naming the event, the date
// with its year, attendance, sessions, questionnaire results, the public's opinions with the
// replies given, the checklist, photos and page numbers, and no on-screen badge or button.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from '../../src/shared/ids'
import { artifactPath, cameraPhoto, launchChromium, newPhoneContext } from '../helpers/e2eBrowser'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { eventRecord, feedbackItem, move } from '../helpers/serverFeedback'
import { signIn } from './openDayPages'

const unit = '区生态环境局'
const staff: E2eAccount = { username: 'report-staff', password: 'report-password-1', unit, role: 'staff' }
const coordinator: E2eAccount = { username: 'report-desk', password: 'report-password-2', unit: '区政府办公室', role: 'coordinator' }
const start = Date.UTC(2025, 5, 3, 1, 30)
const event = eventRecord(unit, { title: '走进区生态环境局 政府开放日', status: 'closed', startsAt: start, endsAt: start + 2 * 3600_000, invitedCount: 12 })

let server: E2eSyncServer
let browser: Browser
let page: Page
let pdfText = ''
let pdfPages = 0

/** The records a phone would have sent for a typical day: 9 people, 3 sessions, 4 opinions (2 answered), 3 questionnaires, a checklist and 2 photos. */
async function seedTypicalDay(token: string): Promise<void> {
  const base = { eventId: event.id, unit }
  const photos = []
  for (const caption of ['市民参观监测站', '专家讲解水质监测']) {
    const bytes = await cameraPhoto(page, caption)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    const uploaded = await fetch(`${server.url}/api/photos/${sha256}`, { method: 'PUT', headers: { 'content-type': 'image/jpeg', 'authorization': `Bearer ${token}` }, body: new Uint8Array(bytes) })
    expect(uploaded.status).toBe(201)
    photos.push({ id: uuidv7(), ...base, photo: { sha256, mime: 'image/jpeg', width: 3000, height: 2000, bytes: bytes.length }, caption, takenAt: start + 3600_000, createdBy: staff.username })
  }
  const arrivals = [...Array(5).fill('citizen'), 'business', 'business', 'expert', 'media']
  const checkins = arrivals.map((attendeeType, i) => ({ id: uuidv7(), ...base, attendeeType, delta: 1, at: start + i * 60_000, by: staff.username }))
  const sessions = [['presentation', '监测站概况介绍'], ['visit', '参观自动监测实验室'], ['symposium', '座谈交流']].map(([kind, title], i) =>
    ({ id: uuidv7(), ...base, kind, title, startsAt: start + i * 2400_000, endsAt: start + (i + 1) * 2400_000, note: '' }))
  const checklist = ['发布活动预告', '确认讲解人员', '准备签到表', '布置参观路线', '发放问卷', '整理现场照片', '答复公众意见', '撰写活动报告'].map((text, i) =>
    ({ id: uuidv7(), ...base, phase: i < 3 ? 'before' : i < 5 ? 'day' : 'after', text, order: i, done: i < 6, doneAt: i < 6 ? start : null, doneBy: i < 6 ? staff.username : null, note: '' }))
  const opinions = ['希望增加临时停车位', '监测数据能否在网站公开', '讲解很清楚，收获很大', '希望多举办这样的活动'].map(content => feedbackItem(unit, { eventId: event.id, content }, start))
  const replies = ['已协调周边停车场，下次活动开放临时停车位。', '监测数据已在区政府网站“环境质量”栏目按月公开。']
  const answered = opinions.map((item, i) => (i < 2 ? { ...item, ...move(item, { to: 'replied', reply: replies[i], repliedOn: '2025-06-10' }) } : item))
  const responses = [5, 4, 5].map((overall, i) => ({
    id: uuidv7(), questionnaireId: 'questionnaire-standard-open-day', ...base, channel: 'kiosk', respondentKey: null, submittedAt: start + 5000_000 + i,
    answers: [{ questionId: 'identity', kind: 'single', optionId: i ? 'o1' : 'o2' }, { questionId: 'overall', kind: 'rating', value: overall }],
  }))
  const records: Array<[string, { id: string }]> = [['event', event], ...checkins.map(r => ['checkin', r] as [string, { id: string }]),
    ...sessions.map(r => ['eventSession', r] as [string, { id: string }]), ...checklist.map(r => ['eventChecklistItem', r] as [string, { id: string }]),
    ...answered.map(r => ['feedback', r] as [string, { id: string }]), ...responses.map(r => ['questionnaireResponse', r] as [string, { id: string }]),
    ...photos.map(r => ['eventPhoto', r] as [string, { id: string }])]
  const pushed = await fetch(`${server.url}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'authorization': `Bearer ${token}` },
    body: JSON.stringify({ clientId: uuidv7(), sentAt: Date.now(), mutations: records.map(([entity, data], i) => ({ seq: i + 1, entity, id: data.id, op: 'put', at: Date.now(), data })) }),
  })
  const results = (await pushed.json() as { results: Array<{ status: string }> }).results
  expect(results.filter(r => r.status !== 'applied'), JSON.stringify(results)).toEqual([])
}

describe('the official event report', () => {
  beforeAll(async () => {
    server = await startE2eSyncServer([staff, coordinator])
    browser = await launchChromium()
    page = await (await newPhoneContext(browser)).newPage()
    await page.goto(server.url)
    await seedTypicalDay(await server.token(staff))
    await signIn(page, server.url, staff)
    await page.goto(`${server.url}/events`)
    await page.getByText(event.title).first().waitFor({ timeout: 30_000 })
    await page.goto(`${server.url}/events/${event.id}/report`)
    await page.getByText('已协调周边停车场').waitFor({ timeout: 30_000 })
    await page.getByText('座谈交流').waitFor()
    await page.getByText('共回收 3 份').waitFor({ timeout: 30_000 })
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.report-photo__img')).filter(img => (img as HTMLImageElement).naturalWidth > 0).length === 2, undefined, { timeout: 30_000 })
    await page.screenshot({ path: artifactPath('event-report-390.png'), fullPage: true })
    const pdf = await page.pdf({ preferCSSPageSize: true })
    const file = join(mkdtempSync(join(tmpdir(), 'kaifangri-report-')), 'report.pdf')
    writeFileSync(file, pdf)
    writeFileSync(artifactPath('event-report.pdf'), pdf)
    pdfPages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
    pdfText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('fits a 9-person open day on at most two A4 pages, numbered', () => {
    expect(pdfPages).toBeGreaterThanOrEqual(1)
    expect(pdfPages).toBeLessThanOrEqual(2)
    const flat = pdfText.replace(/\s+/g, '')
    for (let n = 1; n <= pdfPages; n++)
      expect(flat).toContain(`${n}/${pdfPages}`)
  })

  it('is titled and dated as an office files it, with the year', () => {
    const flat = pdfText.replace(/\s+/g, '')
    expect(flat).toContain('关于走进区生态环境局政府开放日活动情况的报告')
    expect(flat).toContain('2025年6月3日')
    expect(flat).toMatch(/区生态环境局\d{4}年\d{1,2}月\d{1,2}日/)
  })

  it('holds attendance by type, sessions, questionnaire results, opinions with replies, the checklist and photos', () => {
    const flat = pdfText.replace(/\s+/g, '')
    expect(flat).toContain('本次活动实到9人（邀请12人）')
    for (const text of ['一、活动基本情况', '二、出席情况', '三、活动环节', '四、问卷结果', '五、公众意见建议及答复情况', '六、活动清单完成情况', '七、现场照片'])
      expect(flat).toContain(text)
    expect(flat).toContain('参观自动监测实验室')
    expect(flat).toContain('共回收3份')
    expect(flat).toContain('答复：监测数据已在区政府网站')
    expect(flat).toContain('尚未答复')
    expect(flat).toContain('共8项，已完成6项')
    expect(flat).toContain('专家讲解水质监测')
  })

  it('prints no screen chrome: no status badge, buttons or tab bar', () => {
    const flat = pdfText.replace(/\s+/g, '')
    for (const text of ['已结束', '打印/存为PDF', '下载摘要', '返回', '首页'])
      expect(flat).not.toContain(text)
  })

  it('lets a coordinator print the year\'s events as one report: contents first, then each event on its own pages', async () => {
    const desk = await (await newPhoneContext(browser)).newPage()
    await signIn(desk, server.url, coordinator)
    await desk.goto(`${server.url}/events`)
    await desk.getByRole('link', { name: '年度报告' }).click()
    await desk.goto(`${server.url}/events/annual/2025`)
    await desk.getByText('关于2025年政府开放日活动情况的报告').waitFor({ timeout: 30_000 })
    await desk.getByText('已协调周边停车场').waitFor({ timeout: 30_000 })
    expect(await desk.getByText('全年共举办政府开放日等活动 1 场，实到 9 人次。').count()).toBe(1)
    const file = join(mkdtempSync(join(tmpdir(), 'kaifangri-year-')), 'year.pdf')
    writeFileSync(file, await desk.pdf({ preferCSSPageSize: true }))
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1])
    const flat = execFileSync('pdftotext', ['-f', '2', '-l', '2', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(flat.startsWith('关于走进区生态环境局政府开放日活动情况的报告')).toBe(true)
  })
})
