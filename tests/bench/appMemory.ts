/// <reference lib="dom" />
// A phone full of data: 10,000 tasks, 20,000 feedback items and 200 photos on the device. How much
// JavaScript heap the app keeps after the user has visited every tab, measured after a forced
// garbage collection, so it counts what the app holds on to, not what it has yet to free.
import type { CDPSession, Page } from 'playwright-core'
import type { Figure } from './appHarness'
import { markTime, storePlansInBrowser } from './appHarness'
import { storeFeedback, syntheticFeedback } from './feedbackSeed'
import { syntheticLibrary } from '../helpers/e2ePlans'
import { launchChromium, newPhoneContext } from '../helpers/e2eBrowser'
import { startE2eServer } from '../helpers/e2eServer'

const unit = '区建管委'
const tabs: Array<[string, string]> = [['首页', '/'], ['计划', '/plans'], ['活动', '/events'], ['意见', '/feedback'], ['我的', '/me']]
const megabyte = 1024 * 1024

/**
 * Real JPEGs as the camera path leaves them (a full-size blob and a thumbnail), drawn in the page so
 * each photo is different; straight into the `photos` table, not yet uploaded.
 */
async function storePhotos(page: Page, count: number): Promise<number> {
  return page.evaluate(async (total) => {
    const rows: Array<Record<string, unknown>> = []
    let bytes = 0
    // No named helpers in here: the bench's TypeScript runner would wrap them in a function the page lacks.
    for (let i = 0; i < total; i++) {
      const [blob, thumb] = await Promise.all([[640, 480], [160, 120]].map(([width, height]) => {
        const canvas = new OffscreenCanvas(width, height)
        const paint = canvas.getContext('2d')!
        for (let y = 0; y < height; y += 16) {
          for (let x = 0; x < width; x += 16) {
            paint.fillStyle = `hsl(${(i * 37 + x + y) % 360} 60% ${30 + ((x * y + i) % 40)}%)`
            paint.fillRect(x, y, 16, 16)
          }
        }
        return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 })
      }))
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()))
      const sha256 = Array.from(digest, b => b.toString(16).padStart(2, '0')).join('')
      rows.push({ sha256, blob, thumb, mime: 'image/jpeg', width: 640, height: 480, bytes: blob.size, uploaded: 0 })
      bytes += blob.size + thumb.size
    }
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('kaifangri')
      open.onsuccess = () => {
        const tx = open.result.transaction('photos', 'readwrite')
        rows.forEach(row => tx.objectStore('photos').put(row))
        tx.oncomplete = () => {
          open.result.close()
          resolve()
        }
        tx.onerror = () => reject(tx.error)
      }
    })
    return bytes
  }, count)
}

/** The JS heap in use after a full, forced garbage collection. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  return usedSize / megabyte
}

// BENCH_DIST: another build (e.g. of the previous commit) to compare with.
export async function measureMemory(dist = process.env.BENCH_DIST): Promise<{ figures: Figure[], details: string[] }> {
  const server = await startE2eServer(dist)
  const browser = await launchChromium()
  const context = await newPhoneContext(browser)
  await context.addInitScript(chosen => localStorage.setItem('kaifangri.unit', JSON.stringify(chosen)), unit)
  const page = await context.newPage()
  try {
    await page.goto(`${server.url}/plans`)
    await page.locator('.task-row').first().waitFor()
    await storePlansInBrowser(page, syntheticLibrary(10_000))
    await storeFeedback(page, syntheticFeedback(20_000, 7, unit))
    const photoBytes = await storePhotos(page, 200)

    await page.goto(`${server.url}/`)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await markTime(page, 'kf:home-painted')
    const afterTab: string[] = []
    let plansShown = ''
    for (const [name, path] of tabs) {
      await page.locator(`.tabbar__item[href="${path}"]`).click()
      await page.waitForURL(url => url.pathname === path)
      // Until the screen's reads have answered and rendered: the network stays quiet offline-first.
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(1500)
      afterTab.push(`${name} ${(await heapAfterGc(cdp)).toFixed(1)}`)
      if (path === '/plans')
        plansShown = await page.locator('.plans__summary').innerText()
    }
    const heap = await heapAfterGc(cdp)
    return {
      figures: [{ name: 'JS heap after visiting every tab, after GC (10k tasks, 20k feedback, 200 photos)', value: heap, unit: 'MB', limit: { max: 60 } }],
      details: [
        `heap after GC (MB) once each tab was on screen, in order: ${afterTab.join(', ')}`,
        `计划 showed: ${plansShown}`,
        `200 photos on the device: ${(photoBytes / megabyte).toFixed(1)} MB of JPEG (full size and thumbnail)`,
      ],
    }
  }
  finally {
    await browser.close()
    await server.close()
  }
}
