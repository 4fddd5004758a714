// Vant's icon font is embedded as WOFF2 but its @font-face also names a WOFF copy on a
// public CDN. Chromium still requests it, which breaks our CSP (console errors) and reaches
// outside the closed network; every target browser reads the embedded WOFF2, so drop the CDN copy.
import type { Plugin } from 'vite'

const remoteFontSource = /,\s*url\((?:https?:)?\/\/at\.alicdn\.com\/[^)]*\)\s*format\(["']woff["']\)/g

export function stripRemoteIconFont(): Plugin {
  return {
    name: 'kaifangri:strip-remote-icon-font',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]vant[\\/].*\.css$/.test(id) || !remoteFontSource.test(code))
        return null
      remoteFontSource.lastIndex = 0
      return { code: code.replace(remoteFontSource, ''), map: null }
    },
  }
}
