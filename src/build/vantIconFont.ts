// Vant's icon font comes inlined in its CSS as 25 KB of base64, which makes the stylesheet
// that blocks the first paint twice as big, plus a fallback copy on a public CDN that
// Chromium still requests (a CSP violation, and outside the closed network). Here the
// font becomes files of its own (cached by the service worker) and the CDN copy goes.
// The first screen shows a few icons, yet fetched all ~260 glyphs alongside the framework:
// now one face holds the icons the app names (a few KB) and the full font is a second face
// for every other code point, fetched only by a page that shows one of those (never a blank).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import subsetFont from 'subset-font'
import type { Plugin } from 'vite'
import { complementOf, formatUnicodeRange, rangesOf } from './unicodeRange'
import { iconsNamedIn, vantIconCodePoints } from './vantIconNames'

const inlineFontFace = /@font-face\s*\{([^}]*?)src:\s*url\(data:font\/woff2;charset=utf-8;base64,([A-Za-z0-9+/=]+)\)[^;}]*;?([^}]*)\}/
const space = 0x20
const remoteFontSource = /,\s*url\((?:https?:)?\/\/at\.alicdn\.com\/[^)]*\)\s*format\(["']woff["']\)/g

function shortHash(...parts: Array<string | Uint8Array>): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part)
  return hash.digest('hex').slice(0, 8)
}

/** Written whole or not at all: two builds (worktrees, dev server) may share the cache folder. */
function writeOnce(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true })
  const partial = `${path}.${process.pid}.partial`
  writeFileSync(partial, bytes)
  renameSync(partial, path)
}

/** The subset, cut once per font, icon set and subsetter: about a tenth of a second, not worth repeating. */
async function cachedSubset(root: string, cacheDir: string, font: Buffer, codePoints: number[]): Promise<string> {
  const requireFromRoot = createRequire(join(root, 'package.json'))
  const subsetterPackage = requireFromRoot.resolve('subset-font/package.json')
  const subsetterWasm = createRequire(subsetterPackage).resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')
  const key = shortHash(font, codePoints.join(','), readFileSync(subsetterPackage), readFileSync(subsetterWasm))
  const path = join(root, cacheDir, `vant-icon-used-${key}.woff2`)
  if (!existsSync(path))
    writeOnce(path, await subsetFont(font, String.fromCodePoint(...codePoints), { targetFormat: 'woff2' }))
  return path
}

export function vantIconFont(cacheDir = 'node_modules/.cache/kaifangri'): Plugin {
  let root = process.cwd()
  return {
    name: 'kaifangri:vant-icon-font',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    async transform(code, id) {
      const file = id.split('?')[0]
      if (!/[\\/]vant[\\/].*[\\/]icon[\\/]index\.css$/.test(file))
        return null
      const css = code.replace(remoteFontSource, '')
      const inline = inlineFontFace.exec(css)
      if (!inline)
        return { code: css, map: null }
      const [fontFace, before, base64, after] = inline
      const font = Buffer.from(base64, 'base64')
      const fullFontPath = join(root, cacheDir, `vant-icon-${shortHash(font)}.woff2`)
      writeOnce(fullFontPath, font)

      const iconCodePoints = vantIconCodePoints(css)
      const used = iconsNamedIn(join(root, 'src/app'), join(dirname(file), '..'), iconCodePoints)
      const usedCodePoints = [...used].map(name => iconCodePoints.get(name)!).sort((a, b) => a - b)
      // Never empty: Vant's own modules name a dozen icons.
      const subsetPath = await cachedSubset(root, cacheDir, font, usedCodePoints)

      // Block, not auto: until the font arrives a fallback font would draw a box for each private-use character.
      const descriptors = `${before}${after}`.replace(/font-display:\s*auto/, 'font-display:block').replace(/;?\s*$/, ';')
      // A relative url, which Vite resolves from the CSS file and emits as a hashed asset.
      const face = (fontPath: string, range: string) =>
        `@font-face{${descriptors}src:url(${relative(dirname(file), fontPath).split('\\').join('/')}) format("woff2");unicode-range:${range}}`
      // The space too, though neither font draws one: a family's line box takes its height from the
      // first face whose range holds U+0020 (CSS Fonts 4, "first available font"). Without it the
      // fallback font set the icons' line box and every icon sat a pixel lower than before.
      const faces = face(subsetPath, formatUnicodeRange(rangesOf([space, ...usedCodePoints])))
        + face(fullFontPath, formatUnicodeRange(complementOf(usedCodePoints)))
      return { code: css.replace(fontFace, faces), map: null }
    },
  }
}
