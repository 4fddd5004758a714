// A phone in the e2e suites: a fresh browser context that has installed the app (its service
// worker is in control) and, when an account is given, has signed in through the sign-in page.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { E2eAccount } from './e2eSyncServer'
import { newPhoneContext, phone, type PhoneOptions, waitForServiceWorker } from './e2eBrowser'

/** Signs in through the app's sign-in page, as a person would, and waits to leave it. */
export async function signIn(page: Page, baseUrl: string, account: E2eAccount): Promise<void> {
  await page.goto(`${baseUrl}/login`)
  await page.getByLabel('用户名').fill(account.username)
  await page.getByLabel('密码').fill(account.password)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL(url => !url.pathname.startsWith('/login'))
}

export interface PhoneSetup extends PhoneOptions {
  size?: { width: number, height: number }
  /** Runs on the new context before the app first loads (init scripts, routes). */
  prepare?: (context: BrowserContext) => Promise<unknown>
}

/** A phone with the app installed, signed in when an account is given. */
export async function installedPhone(browser: Browser, baseUrl: string, account: E2eAccount | null, setup: PhoneSetup = {}): Promise<{ context: BrowserContext, page: Page }> {
  const { size = phone.large, prepare, ...options } = setup
  const context = await newPhoneContext(browser, size, options)
  await prepare?.(context)
  const page = await context.newPage()
  await page.goto(baseUrl)
  await waitForServiceWorker(page)
  if (account)
    await signIn(page, baseUrl, account)
  return { context, page }
}
