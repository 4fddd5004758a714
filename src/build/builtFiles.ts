// Reads the built app's module graph from dist/ the way a browser downloads it. The first screen
// is index.html's script with every file it imports statically (the page's modulepreload links),
// and their styles: all of it arrives before the first screen can run. A later screen is its route's
// chunk with what that imports statically and the styles of both — the list the app's preload helper
// fetches in one go on navigation — less what the first screen already brought and what every later
// screen needs (fetched once, in idle time after the first paint). Files fetched later by a dynamic
// import of a screen (a dialog opened by a tap) are not counted.
// The graph comes from Vite's build manifest (dist/.vite/manifest.json, build.manifest in
// vite.config.ts), which names every chunk by the source it was built from.
// The server reads it too (src/build/routePreloads.ts writes what each route's first visit fetches).
import { readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { reachable } from './reachable'

interface ManifestChunk {
  file: string
  /** A chunk of vite.config.ts's codeSplitting groups, which has no single source. */
  name?: string
  src?: string
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

export interface DownloadedFiles {
  scripts: Set<string>
  styles: Set<string>
}

function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest
}

/** The files a browser fetches to run the chunks built from `keys`: them, their static imports, their styles. */
function downloadOf(manifest: Manifest, keys: string[]): DownloadedFiles {
  const chunkOf = (key: string) => {
    const chunk = manifest[key]
    if (!chunk)
      throw new Error(`${key} is not in the build manifest`)
    return chunk
  }
  const scripts = new Set<string>()
  const styles = new Set<string>()
  for (const key of reachable(keys, key => chunkOf(key).imports ?? [])) {
    const chunk = chunkOf(key)
    ;(chunk.file.endsWith('.css') ? styles : scripts).add(chunk.file)
    chunk.css?.forEach(file => styles.add(file))
  }
  return { scripts, styles }
}

/** The scripts and stylesheets the first screen cannot run without. */
export function firstScreenFiles(distDir: string): DownloadedFiles {
  return downloadOf(readManifest(distDir), ['index.html'])
}

function beyond(files: DownloadedFiles, already: DownloadedFiles): DownloadedFiles {
  return {
    scripts: new Set([...files.scripts].filter(file => !already.scripts.has(file))),
    styles: new Set([...files.styles].filter(file => !already.styles.has(file))),
  }
}

export interface RouteDownload extends DownloadedFiles {
  /** The route's path as src/app/router.ts writes it. */
  path: string
  /** The page component, relative to the repository. */
  page: string
}

/**
 * What every screen but 首页 needs, downloaded once and prefetched in idle time after the first paint
 * (router.ts, prefetchLaterScreens): the later screens' Chinese messages (src/app/i18n/zh-CN, all but
 * what 首页 shows), which every route but 首页 waits for, and src/app/pages.ts, through which the router
 * loads each screen.
 */
function laterScreensKeys(manifest: Manifest): string[] {
  return [...Object.keys(manifest).filter(key => key.startsWith('src/app/i18n/zh-CN/') || manifest[key].name === 'later-messages'), 'src/app/pages.ts']
}

export function laterScreensFiles(distDir: string): DownloadedFiles {
  const manifest = readManifest(distDir)
  return beyond(downloadOf(manifest, laterScreensKeys(manifest)), downloadOf(manifest, ['index.html']))
}

/**
 * Every lazily loaded route of src/app/router.ts (`component: page('PlansPage')`, the page's import in
 * src/app/pages.ts) and what it downloads beyond the first screen and what every later screen needs.
 */
export function routeFiles(distDir: string): RouteDownload[] {
  const source = (file: string) => readFileSync(join(import.meta.dirname, '../app', file), 'utf8')
  const imports = new Map([...source('pages.ts').matchAll(/(\w+): \(\) => import\('(\.\/[^']+)'\)/g)].map(([, name, spec]) => [name, spec]))
  const manifest = readManifest(distDir)
  const already = downloadOf(manifest, ['index.html', ...laterScreensKeys(manifest)])
  return [...source('router.ts').matchAll(/path: '([^']+)'[^\n]*?component: page\('(\w+)'\)/g)].map(([, path, name]) => {
    const spec = imports.get(name)
    if (!spec)
      throw new Error(`route ${path}: no import of ${name} in src/app/pages.ts`)
    const page = normalize(join('src/app', spec)).replace(/\\/g, '/')
    // The source escapes backslashes (`(\\d{4})`); the router sees them once.
    return { path: path.replaceAll('\\\\', '\\'), page, ...beyond(downloadOf(manifest, [page]), already) }
  })
}

function staticImportsOf(distDir: string, file: string): string[] {
  const source = readFileSync(join(distDir, file), 'utf8')
  const imports = source.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g)
  return [...imports].map(match => normalize(join(dirname(file), match[1])))
}

/** Files loaded, transitively through static imports, once `entries` run (read from the code itself). */
export function staticClosure(distDir: string, entries: string[]): Set<string> {
  return reachable(entries, file => staticImportsOf(distDir, file))
}
