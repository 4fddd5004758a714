// Renders the app icons from one SVG drawing in headless Chromium and writes the PNGs under
// public/icons (committed). Run after changing the drawing: `npx tsx src/build/renderIcons.ts`.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'

const brand = '#1d5fbf'
const accent = '#f2b705'

/** The drawing on a 512 grid: a clipboard with a tick, for "plans and checklists". */
function drawing(): string {
  return `
    <rect x="136" y="100" width="240" height="312" rx="30" fill="#fff"/>
    <rect x="200" y="72" width="112" height="60" rx="18" fill="${accent}"/>
    <path d="M182 246 l46 46 l100 -104" fill="none" stroke="${brand}" stroke-width="34" stroke-linecap="round" stroke-linejoin="round"/>
    <rect x="182" y="330" width="148" height="22" rx="11" fill="#c9d7ef"/>
    <rect x="182" y="366" width="96" height="22" rx="11" fill="#c9d7ef"/>`
}

/** rounded: for browsers (transparent corners); full: opaque square, the drawing kept inside `scale` for masks. */
export function iconSvg(shape: 'rounded' | 'full', scale = 1): string {
  const background = shape === 'rounded'
    ? `<rect width="512" height="512" rx="112" fill="${brand}"/>`
    : `<rect width="512" height="512" fill="${brand}"/>`
  const offset = (512 * (1 - scale)) / 2
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">${background}<g transform="translate(${offset} ${offset}) scale(${scale})">${drawing()}</g></svg>`
}

const outputs = [
  { file: 'icon-192.png', size: 192, svg: iconSvg('rounded') },
  { file: 'icon-512.png', size: 512, svg: iconSvg('rounded') },
  // Maskable icons may be cropped to a circle: keep the drawing inside the central 80 % safe zone.
  { file: 'maskable-512.png', size: 512, svg: iconSvg('full', 0.78) },
  // iOS fills transparency with black and rounds the corners itself.
  { file: 'apple-touch-icon.png', size: 180, svg: iconSvg('full', 0.9) },
]

async function main() {
  const dir = resolve(import.meta.dirname, '../../public/icons')
  writeFileSync(resolve(dir, 'icon.svg'), `${iconSvg('rounded')}\n`)
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] })
  const page = await browser.newPage()
  for (const { file, size, svg } of outputs) {
    await page.setViewportSize({ width: size, height: size })
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`)
    writeFileSync(resolve(dir, file), await page.screenshot({ omitBackground: true, type: 'png' }))
    console.log(`wrote public/icons/${file} (${size}×${size})`)
  }
  await browser.close()
}

if (import.meta.url === `file://${process.argv[1]}`)
  await main()
