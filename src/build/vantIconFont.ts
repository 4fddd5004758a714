// Vant's icon font comes inlined in its CSS as 25 KB of base64, which makes the stylesheet
// that blocks the first paint twice as big, plus a fallback copy on a public CDN that
// Chromium still requests (a CSP violation, and outside the closed network). Here the
// font becomes a file of its own (cached by the service worker) and the CDN copy goes.
import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import type { Plugin } from 'vite'

const inlineFont = /url\(data:font\/woff2;charset=utf-8;base64,([A-Za-z0-9+/=]+)\)/
const remoteFontSource = /,\s*url\((?:https?:)?\/\/at\.alicdn\.com\/[^)]*\)\s*format\(["']woff["']\)/g

export function vantIconFont(cacheDir = 'node_modules/.cache/kaifangri'): Plugin {
  let root = process.cwd()
  return {
    name: 'kaifangri:vant-icon-font',
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    transform(code, id) {
      const file = id.split('?')[0]
      if (!/[\\/]vant[\\/].*[\\/]icon[\\/]index\.css$/.test(file))
        return null
      let css = code.replace(remoteFontSource, '')
      const inline = inlineFont.exec(css)
      if (inline) {
        const bytes = Buffer.from(inline[1], 'base64')
        const fontPath = join(root, cacheDir, `vant-icon-${createHash('sha256').update(bytes).digest('hex').slice(0, 8)}.woff2`)
        mkdirSync(dirname(fontPath), { recursive: true })
        writeFileSync(fontPath, bytes)
        // A relative url, which Vite resolves from the CSS file and emits as a hashed asset.
        css = css.replace(inline[0], `url(${relative(dirname(file), fontPath).split('\\').join('/')})`)
        css = css.replace(/(font-family:\s*vant-icon;[^}]*?)font-display:\s*auto/, '$1font-display:block')
      }
      return { code: css, map: null }
    },
  }
}
