// What a first visit straight to a later screen (a link to 意见, an event's QR code) downloads,
// written beside the build for the server (src/server/routes/spaPreloads.ts): it names those files
// in the entry page it sends for that address, so the browser fetches them beside the framework
// instead of after it has run, found the route and loaded the list of screens (two round trips on
// a phone's slow link). A start from the service worker's cache is not concerned.
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { afterBuild } from './afterBuild'
import { laterScreensFiles, routeFiles } from './builtFiles'
import { type RoutePreload, routePreloadsFile } from '../shared/routePreloads'

export function routePreloads(): Plugin {
  return afterBuild('kaifangri:route-preloads', 'writeBundle', (outDir) => {
    // The service worker's own build writes no manifest of the app's chunks.
    if (!existsSync(join(outDir, '.vite/manifest.json')) || !existsSync(join(outDir, 'index.html')))
      return
    const later = laterScreensFiles(outDir)
    const routes: RoutePreload[] = routeFiles(outDir).map(route => ({
      path: route.path,
      scripts: [...new Set([...later.scripts, ...route.scripts])],
      styles: [...new Set([...later.styles, ...route.styles])],
    }))
    writeFileSync(join(outDir, routePreloadsFile), JSON.stringify(routes))
  })
}
