// 账号管理 in real Chromium against the built app and the real server: a coordinator adds a staff
// account from 我的 and reads its one-time password off the screen; the new colleague signs in with
// it on another phone and is asked for a password of their own; the coordinator resets the
// password and then switches the account off, and the colleague's phone is signed out for good.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactPath, launchChromium, newPhoneContext, phone, waitForServiceWorker } from '../helpers/e2eBrowser'
import { type E2eAccount, type E2eSyncServer, startE2eSyncServer } from '../helpers/e2eSyncServer'
import { pageViolations } from '../helpers/axe'

const coordinator: E2eAccount = { username: 'desk', password: 'desk-password-1', unit: '区政府办公室', role: 'coordinator' }
const newcomer = { username: 'zhou.min', displayName: '周敏', unit: '区政府办公室' }

let server: E2eSyncServer
let browser: Browser
const contexts: BrowserContext[] = []

async function openPhone(size = phone.large): Promise<Page> {
  const context = await newPhoneContext(browser, size)
  contexts.push(context)
  const page = await context.newPage()
  await page.goto(server.url)
  await waitForServiceWorker(page)
  return page
}

/** Signs in on the phone and answers the session token the server gave it. */
async function signIn(page: Page, username: string, password: string): Promise<string> {
  await page.goto(`${server.url}/login`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(password)
  const login = page.waitForResponse(response => response.url().endsWith('/api/auth/login'))
  await page.getByRole('button', { name: '登录' }).click()
  const response = await login
  return response.ok() ? ((await response.json()) as { token: string }).token : ''
}

const me = (token: string) => fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } }).then(r => r.status)
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
const accountItem = (page: Page) => page.locator('.account-item').filter({ hasText: newcomer.username })
const shownPassword = (page: Page) => page.locator('.password-dialog__value').textContent().then(text => text?.trim() ?? '')

/** Taps an action on the new colleague's account and confirms it in the dialog that asks. */
async function confirmAction(page: Page, action: string) {
  await accountItem(page).getByRole('button', { name: action }).click()
  const dialog = page.getByRole('dialog').filter({ hasText: newcomer.displayName })
  await dialog.getByRole('button', { name: action }).click()
}

describe('account management from 我的', () => {
  let desk: Page
  let colleague: Page
  let colleagueToken = ''
  let password = ''

  beforeAll(async () => {
    server = await startE2eSyncServer([coordinator])
    browser = await launchChromium()
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('lets the coordinator add an account and read its one-time password off the screen', async () => {
    desk = await openPhone()
    await signIn(desk, coordinator.username, coordinator.password)
    await desk.waitForURL(url => !url.pathname.startsWith('/login'))
    await desk.getByRole('tab', { name: '我的' }).click()
    await desk.getByText('账号管理').click()
    await desk.locator('.accounts-group').first().waitFor()
    expect(await desk.locator('.account-item').filter({ hasText: coordinator.username }).textContent()).toContain('本人')

    await desk.getByRole('button', { name: '添加账号' }).click()
    await desk.getByLabel('用户名', { exact: true }).fill(newcomer.username)
    await desk.getByLabel('姓名', { exact: true }).fill(newcomer.displayName)
    await desk.locator('.accounts-form').getByRole('button', { name: '选择' }).click()
    await desk.locator('.unit-picker').getByRole('button', { name: newcomer.unit, exact: true }).click()
    expect(await desk.getByLabel('单位', { exact: true }).inputValue()).toBe(newcomer.unit)
    await desk.locator('.unit-picker').waitFor({ state: 'hidden' })
    expect(await pageViolations(desk)).toEqual([])
    await desk.screenshot({ path: artifactPath('accounts-add-390x844.png'), fullPage: true })
    await desk.getByRole('button', { name: '添加并生成密码' }).click()

    await desk.locator('.password-dialog__value').waitFor()
    password = await shownPassword(desk)
    expect(password).toMatch(/^[a-zA-Z2-9]{14}$/)
    expect(await desk.getByRole('dialog').textContent()).toContain('首次登录后必须修改密码')
    expect(await pageViolations(desk)).toEqual([])
    await desk.screenshot({ path: artifactPath('accounts-password-390x844.png'), animations: 'disabled' })
    await desk.getByRole('button', { name: '我已记下' }).click()
    await expect.poll(() => accountItem(desk).textContent()).toContain('需修改密码')
  })

  it('asks the new colleague, signed in with it on another phone, to change the password', async () => {
    colleague = await openPhone(phone.small)
    colleagueToken = await signIn(colleague, newcomer.username, password)
    await colleague.waitForURL(url => url.pathname === '/password')
    await colleague.getByText('你正在使用管理员发放的一次性密码').waitFor()
    expect(await me(colleagueToken)).toBe(200)
  })

  it('resets the password: a new one-time one, and the old password and session stop working', async () => {
    await confirmAction(desk, '重置密码')
    // The confirmation's dialog code loads with the first question asked: on a busy machine, with the
    // reset's request, that can take longer than the poll's default five seconds.
    await expect.poll(() => shownPassword(desk), { timeout: 20_000 }).not.toBe(password)
    const reset = await shownPassword(desk)
    expect(reset).toMatch(/^[a-zA-Z2-9]{14}$/)
    await desk.getByRole('button', { name: '我已记下' }).click()
    expect(await me(colleagueToken)).toBe(401)
    await expect(server.token({ ...coordinator, username: newcomer.username, password })).rejects.toThrow(/401/)

    colleagueToken = await signIn(colleague, newcomer.username, reset)
    await colleague.waitForURL(url => url.pathname === '/password')
    password = reset
  })

  it('switches the account off: the colleague\'s session ends at once and sign-in is refused', async () => {
    await confirmAction(desk, '停用')
    await expect.poll(() => accountItem(desk).textContent(), { timeout: 20_000 }).toContain('已停用')
    await desk.getByText(`已停用 ${newcomer.displayName}`).waitFor()
    expect(await accountItem(desk).getByRole('button', { name: '启用' }).count()).toBe(1)
    expect(await me(colleagueToken)).toBe(401)

    expect(await signIn(colleague, newcomer.username, password)).toBe('')
    await colleague.getByText('用户名或密码不正确').waitFor()
    expect(new URL(colleague.url()).pathname).toBe('/login')
    expect(await pageViolations(desk)).toEqual([])
    expect(await overflow(desk)).toBeLessThanOrEqual(0)
    await desk.screenshot({ path: artifactPath('accounts-list-390x844.png'), fullPage: true })
  })

  it('fits a small phone with large text', async () => {
    await desk.setViewportSize(phone.small)
    await desk.evaluate(() => localStorage.setItem('kaifangri.largeText', 'true'))
    await desk.reload()
    await accountItem(desk).waitFor()
    expect(await overflow(desk)).toBeLessThanOrEqual(0)
    expect(await pageViolations(desk)).toEqual([])
    await desk.screenshot({ path: artifactPath('accounts-large-360x640.png') })
    await accountItem(desk).scrollIntoViewIfNeeded()
    await desk.screenshot({ path: artifactPath('accounts-item-large-360x640.png') })
    await confirmAction(desk, '重置密码')
    await desk.locator('.password-dialog__value').waitFor()
    expect(await desk.locator('.password-dialog__value').evaluate(el => el.getBoundingClientRect().height)).toBeLessThan(60)
    expect(await pageViolations(desk)).toEqual([])
    await desk.screenshot({ path: artifactPath('accounts-password-large-360x640.png'), animations: 'disabled' })
    await desk.getByRole('button', { name: '我已记下' }).click()

    await desk.getByRole('button', { name: '添加账号' }).click()
    await desk.locator('.accounts-form').waitFor()
    expect(await overflow(desk)).toBeLessThanOrEqual(0)
    await desk.screenshot({ path: artifactPath('accounts-add-large-360x640.png'), fullPage: true })
    await desk.getByRole('button', { name: '取消' }).click()
  })

  it('says plainly offline that managing accounts needs a connection', async () => {
    await desk.context().setOffline(true)
    await desk.reload()
    await desk.getByText('账号管理需要联网').waitFor()
    expect(await desk.locator('.account-item').count()).toBe(0)
    await desk.screenshot({ path: artifactPath('accounts-offline-large-360x640.png') })
    await desk.context().setOffline(false)
  })

  it('sends a coordinator still on a one-time password from 账号管理 to set their own, and back to the list', async () => {
    const deskToken = await server.token(coordinator)
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'authorization': `Bearer ${deskToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'cao.jing', displayName: '曹静', unit: coordinator.unit, role: 'coordinator' }),
    })
    const oneTime = ((await created.json()) as { password: string }).password
    const second = await openPhone()
    await signIn(second, 'cao.jing', oneTime)
    await second.waitForURL(url => url.pathname === '/password')
    await second.goto(`${server.url}/me`)
    await second.getByText('账号管理').click()
    // The server answers nothing but the change until then: the screen says so and leads there.
    await second.getByText('修改为自己的密码后，才能管理账号和单位名录').waitFor()
    expect(await second.locator('.account-item').count()).toBe(0)
    expect(await pageViolations(second)).toEqual([])
    await second.screenshot({ path: artifactPath('accounts-one-time-390x844.png') })
    await second.getByRole('link', { name: '修改密码' }).click()
    await second.getByLabel('当前密码').fill(oneTime)
    await second.getByLabel('新密码', { exact: true }).fill('river stone green 42')
    await second.getByLabel('确认新密码').fill('river stone green 42')
    await second.getByRole('button', { name: '确认修改' }).click()
    await second.getByRole('button', { name: '确定' }).click()
    await second.waitForURL(url => url.pathname === '/accounts')
    await second.locator('.account-item').filter({ hasText: 'cao.jing' }).waitFor()
  }, 60_000)
})
