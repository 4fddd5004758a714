// Checks the built app (dist/, made by `vite build` before this suite): Vant arrives per
// component, the manifest makes it installable, and the service worker precaches the shell.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { privateUseArea } from '../../src/build/unicodeRange'
import { vantIconCodePoints } from '../../src/build/vantIconNames'
import { type RoutePreload, routePreloadsFile } from '../../src/shared/routePreloads'
import { firstScreenFiles, routeFiles } from '../helpers/builtChunks'
import { distDir } from '../helpers/e2eServer'
import { firstScreenCss, inRanges, vantIconFaces } from '../helpers/vantIconFaces'

const vantEs = join(dirname(createRequire(import.meta.url).resolve('vant/package.json')), 'es')
const appDir = join(import.meta.dirname, '../../src/app')

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => pattern.test(f)).map(f => join(dir, f))
}

const selectorOf = (name: string) => new RegExp(`\\.van-${name}[{,:.\\[\\s>~+]`)

/** Components with styles of their own (a few, like form, are logic only and ship no CSS). */
const vantComponents = readdirSync(vantEs).filter((name) => {
  try {
    return selectorOf(name).test(readFileSync(join(vantEs, name, 'index.css'), 'utf8'))
  }
  catch {
    return false
  }
})

/** Vant components the app's own code uses: `<van-x>` tags, `vant/es/x/style` imports and function APIs. */
function usedByApp(): Set<string> {
  const used = new Set<string>()
  const functionApis: Record<string, string> = { showDialog: 'dialog', showConfirmDialog: 'dialog', showImagePreview: 'image-preview', showToast: 'toast', showNotify: 'notify' }
  for (const file of filesUnder(appDir, /\.(vue|ts)$/)) {
    const source = readFileSync(file, 'utf8')
    for (const [, name] of source.matchAll(/<van-([a-z-]+)/g)) used.add(name)
    for (const [, name] of source.matchAll(/vant\/es\/([a-z-]+)\/style/g)) used.add(name)
    for (const [api, name] of Object.entries(functionApis)) {
      if (new RegExp(`\\b${api}\\b`).test(source) && /from 'vant'/.test(source))
        used.add(name)
    }
  }
  return used
}

/** A used component plus the components its styles pull in (a dialog brings popup, button, overlay…). */
function withDependencies(names: Set<string>): Set<string> {
  const all = new Set<string>()
  for (const name of names) {
    all.add(name)
    const styleEntry = readFileSync(join(vantEs, name, 'style/index.mjs'), 'utf8')
    for (const [, dependency] of styleEntry.matchAll(/\.\.\/\.\.\/([a-z-]+)\/index\.css/g)) all.add(dependency)
  }
  return all
}

const builtCss = filesUnder(join(distDir, 'assets'), /\.css$/).map(f => readFileSync(f, 'utf8')).join('\n')
const shipped = vantComponents.filter(name => selectorOf(name).test(builtCss))

describe('the built app', () => {
  it('ships only the Vant components the app uses, and those it uses are there', () => {
    const used = usedByApp()
    const allowed = withDependencies(used)
    expect(used.size).toBeGreaterThan(5)
    expect(shipped.filter(name => !allowed.has(name))).toEqual([])
    expect([...used].filter(name => vantComponents.includes(name) && !shipped.includes(name))).toEqual([])
    expect(shipped.length).toBeLessThan(vantComponents.length / 2)
    expect(shipped).not.toContain('calendar')
  })

  it('has a manifest that makes it installable: Chinese name, icons, standalone, theme colour', () => {
    const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.webmanifest'), 'utf8'))
    expect(manifest).toMatchObject({ name: '开放日助手', short_name: '开放日', lang: 'zh-CN', display: 'standalone', start_url: '/', theme_color: '#1d5fbf' })
    const icons = manifest.icons as Array<{ src: string, sizes: string, purpose: string }>
    expect(icons.map(i => `${i.sizes} ${i.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable'])
    for (const icon of icons) {
      const png = readFileSync(join(distDir, icon.src))
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)]
      expect(`${width}x${height}`).toBe(icon.sizes)
    }
    expect(readFileSync(join(distDir, 'index.html'), 'utf8')).toContain('<link rel="manifest" href="/manifest.webmanifest">')
  })

  it('precaches the whole app shell in the service worker, bundled plans included', () => {
    const worker = readFileSync(join(distDir, 'sw.js'), 'utf8')
    const assets = filesUnder(join(distDir, 'assets'), /\.(js|css)$/).map(f => relative(distDir, f))
    for (const file of ['index.html', 'manifest.webmanifest', 'icons/icon-192.png', ...assets])
      expect(worker, file).toContain(`"${file}"`)
    expect(assets.some(f => f.includes('seed-plans'))).toBe(true)
    expect(worker).not.toContain('self.__WB_MANIFEST')
  })

  it('lists for the server what a first visit straight to each later screen fetches', () => {
    const preloads = JSON.parse(readFileSync(join(distDir, routePreloadsFile), 'utf8')) as RoutePreload[]
    const routes = routeFiles(distDir)
    expect(preloads.map(route => route.path)).toEqual(routes.map(route => route.path))
    const feedback = preloads.find(route => route.path === '/feedback')!
    expect(feedback.scripts.some(file => /\/FeedbackPage-[\w-]+\.js$/.test(file))).toBe(true)
    expect(feedback.scripts.some(file => /\/later-messages-[\w-]+\.js$/.test(file))).toBe(true)
    for (const file of preloads.flatMap(route => [...route.scripts, ...route.styles]))
      expect(readdirSync(join(distDir, 'assets')), file).toContain(file.replace(/^assets\//, ''))
    // Nothing the first screen already loads from index.html.
    const firstScreen = firstScreenFiles(distDir)
    expect(preloads.flatMap(route => route.scripts).filter(file => firstScreen.scripts.has(file))).toEqual([])
  })

  it('brings Vant\'s base (badge, Chinese locale, route links), which every later screen uses, in one file', () => {
    // Left to the bundler these were four files, each one more preload <link> and request on a screen's first visit.
    // Vant's badge naming itself, its Chinese messages (a coupon list the app never shows), its route-link helper.
    const markers = [/\(["'`]badge["'`]\)/, /暂无优惠券|\\u6682\\u65E0\\u4F18\\u60E0\\u5238/, /location\.replace\([\w$]+\)\s*:\s*location\.href\s*=/]
    const scripts = filesUnder(join(distDir, 'assets'), /\.js$/).map(f => readFileSync(f, 'utf8'))
    const holders = markers.map(marker => scripts.filter(code => marker.test(code)))
    expect(holders.map(found => found.length)).toEqual([1, 1, 1])
    expect(new Set(holders.flat()).size).toBe(1)
  })
})

describe('Vant\'s icon font', () => {
  const faces = vantIconFaces(distDir)
  const [used, full] = faces
  const icons = vantIconCodePoints(readFileSync(join(vantEs, 'icon/index.css'), 'utf8'))

  it('reaches the first screen as a small font of the icons the app names, the full font kept for the rest', () => {
    expect(faces).toHaveLength(2)
    expect(full.bytes).toBeGreaterThan(20_000)
    expect(used.bytes).toBeLessThan(full.bytes / 3)
    // The small face also claims the space, so its metrics set the icons' line box as the one face did.
    expect(inRanges(0x20, used.ranges)).toBe(true)
  })

  it('has every icon the app names in the small font: van-icon names, icon props, icon tables', () => {
    // Read independently of the build's own scan: the attributes and properties that name an icon.
    const named = new Set<string>()
    for (const file of filesUnder(appDir, /\.(vue|ts)$/)) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/\b(?:name|icon)\s*[=:]\s*["']([a-z\d-]+)["']/g)) {
        if (icons.has(name))
          named.add(name)
      }
    }
    // The icons Vant's own components draw on our screens: cell arrows, clear buttons, ticks, crosses, toasts, search, uploader.
    const drawnByVant = ['arrow', 'arrow-left', 'arrow-down', 'arrow-up', 'clear', 'success', 'cross', 'fail', 'search', 'photograph']
    expect(named.size).toBeGreaterThan(15)
    const missing = [...named, ...drawnByVant].filter(name => !inRanges(icons.get(name)!, used.ranges))
    expect(missing).toEqual([])
  })

  it('splits the private-use area between its two faces, so every icon rule of the stylesheet has exactly one', () => {
    for (let point = privateUseArea[0]; point <= privateUseArea[1]; point++)
      expect(faces.filter(face => inRanges(point, face.ranges)).length, point.toString(16)).toBe(1)
    const rules = vantIconCodePoints(firstScreenCss(distDir))
    expect(rules.size).toBe(icons.size)
    expect([...rules.values()].every(point => point >= privateUseArea[0] && point <= privateUseArea[1])).toBe(true)
  })
})
