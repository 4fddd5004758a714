// The entry page for a first visit straight to a later screen names that screen's files up front
// (<link rel="modulepreload">, from the build's route-preloads.json, src/build/routePreloads.ts):
// the browser fetches them beside the framework, not after the app has started, found the route
// and loaded the list of screens. Once the service worker is installed it answers every address
// with its cached entry page and these links never matter; 首页 needs nothing beyond its own.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type RoutePreload, routePattern, routePreloadsFile } from '../../shared/routePreloads'
import { compressedOnce } from '../compressedOnce'

export type Encoding = 'br' | 'gzip' | 'identity'

export interface PreloadingPage {
  /** The entry page for this address with its screen's files named, or null when there is nothing to add. */
  pageFor: (path: string, encoding: Encoding) => Buffer | null
}

function linksFor(route: RoutePreload): string {
  const scripts = route.scripts.map(file => `<link rel="modulepreload" crossorigin href="/${file}">`)
  const styles = route.styles.map(file => `<link rel="preload" as="style" href="/${file}">`)
  return [...scripts, ...styles].join('')
}

/** Null when the build has no list (an older build, a test's stand-in) or no head to add to: the plain entry page then. */
export function preloadingPage(root: string): PreloadingPage | null {
  const listPath = join(root, routePreloadsFile)
  if (!existsSync(listPath) || !existsSync(join(root, 'index.html')))
    return null
  const html = readFileSync(join(root, 'index.html'), 'utf8')
  if (!html.includes('</head>'))
    return null
  const routes = (JSON.parse(readFileSync(listPath, 'utf8')) as RoutePreload[])
    .map(route => ({ pattern: routePattern(route.path), route }))
    .filter((entry): entry is { pattern: RegExp, route: RoutePreload } => entry.pattern !== null && entry.route.scripts.length > 0)
  // Built once per screen and encoding, on first ask: the page is a few KB.
  const built = new Map<string, Buffer>()
  return {
    pageFor(path, encoding) {
      const match = routes.find(entry => entry.pattern.test(path))
      if (!match)
        return null
      const key = `${match.route.path} ${encoding}`
      let page = built.get(key)
      if (!page) {
        const text = Buffer.from(html.replace('</head>', `${linksFor(match.route)}</head>`))
        page = encoding === 'identity' ? text : compressedOnce(text, encoding)
        built.set(key, page)
      }
      return page
    },
  }
}

/** The encoding to answer with, from the request's Accept-Encoding. */
export function acceptedEncoding(header: string | undefined): Encoding {
  const accepted = (header ?? '').toLowerCase()
  if (/\bbr\b/.test(accepted))
    return 'br'
  return /\bgzip\b/.test(accepted) ? 'gzip' : 'identity'
}
