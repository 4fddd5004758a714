// The built app's server and a headless Chromium for one test file: started before its first
// test, closed after its last. Read `suite.server` and `suite.browser` inside the tests.
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from './e2eBrowser'
import { type E2eServer, startE2eServer } from './e2eServer'

export function e2eSuite(): { server: E2eServer, browser: Browser } {
  const suite = {} as { server: E2eServer, browser: Browser }
  beforeAll(async () => {
    suite.server = await startE2eServer()
    suite.browser = await launchChromium()
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.close()
  })
  return suite
}
