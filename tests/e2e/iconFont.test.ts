/// <reference lib="dom" />
// Vant's icon font in two faces (src/build/vantIconFont.ts): a first visit fetches only the small
// one, it draws each of its icons as the full font does, and an icon outside it still draws,
// from the full font, fetched on demand.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { vantIconCodePoints } from '../../src/build/vantIconNames'
import { newPhoneContext } from '../helpers/e2eBrowser'
import { distDir } from '../helpers/e2eServer'
import { e2eSuite } from '../helpers/e2eSuite'
import { inRanges, vantIconFaces } from '../helpers/vantIconFaces'

const [used, full] = vantIconFaces(distDir)
const vantIcons = vantIconCodePoints(readFileSync(createRequire(import.meta.url).resolve('vant/es/icon/index.css'), 'utf8'))
const usedIcons = used.ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i)).filter(point => point !== 0x20)

const suite = e2eSuite()

async function openHome(): Promise<{ page: Page, fonts: string[] }> {
  const context = await newPhoneContext(suite.browser)
  const page = await context.newPage()
  const fonts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'font')
      fonts.push(new URL(request.url()).pathname)
  })
  await page.goto(suite.server.url)
  await page.locator('.van-icon').first().waitFor()
  await page.evaluate(() => document.fonts.ready)
  return { page, fonts }
}

/**
 * For each code point, whether `vant-icon` (as the page's faces resolve it) draws the same pixels as
 * the full font loaded on its own, and draws something. Runs in the page.
 */
function drawsAsFullFont(page: Page, codePoints: number[]): Promise<Array<{ point: number, same: boolean, inked: boolean }>> {
  return page.evaluate(async ({ fullUrl, codePoints }) => {
    const reference = new FontFace('vant-icon-reference', `url(${fullUrl})`)
    document.fonts.add(await reference.load())
    const text = String.fromCodePoint(...codePoints)
    await document.fonts.load('40px vant-icon', text)
    const canvas = document.createElement('canvas')
    canvas.width = 48
    canvas.height = 48
    const g = canvas.getContext('2d', { willReadFrequently: true })!
    const pixels = (family: string, character: string) => {
      g.clearRect(0, 0, 48, 48)
      g.font = `40px ${family}`
      g.fillText(character, 4, 40)
      return g.getImageData(0, 0, 48, 48).data
    }
    return codePoints.map((point) => {
      const character = String.fromCodePoint(point)
      const drawn = pixels('vant-icon', character)
      const expected = pixels('vant-icon-reference', character)
      return { point, same: drawn.every((value, i) => value === expected[i]), inked: drawn.some((value, i) => i % 4 === 3 && value > 0) }
    })
  }, { fullUrl: full.url, codePoints })
}

describe('Vant\'s icon font', () => {
  it('is fetched, on a first visit to 首页, as the small font alone', async () => {
    const { page, fonts } = await openHome()
    expect(fonts).toEqual([used.url])
    await page.context().close()
  })

  it('draws every icon of the small font exactly as the full font does', async () => {
    const { page } = await openHome()
    const drawn = await drawsAsFullFont(page, usedIcons)
    expect(drawn.length).toBeGreaterThan(15)
    expect(drawn.filter(icon => !icon.same || !icon.inked).map(icon => icon.point.toString(16))).toEqual([])
    await page.context().close()
  })

  it('draws an icon outside the small font from the full font, fetched when a page first shows one', async () => {
    const { page, fonts } = await openHome()
    const [name, point] = [...vantIcons].find(([, point]) => !inRanges(point, used.ranges))!
    const fullFontFetched = page.waitForRequest(request => new URL(request.url()).pathname === full.url)
    await page.evaluate((name) => {
      const icon = document.createElement('i')
      icon.className = `van-icon van-icon-${name}`
      document.body.append(icon)
    }, name)
    await fullFontFetched
    expect(fonts).toContain(full.url)
    const [drawn] = await drawsAsFullFont(page, [point])
    expect(drawn).toMatchObject({ same: true, inked: true })
    await page.context().close()
  })
})
