// What a first visit straight to each later screen downloads: written by the build
// (src/build/routePreloads.ts) beside the app, read by the server (src/server/routes/spaPreloads.ts),
// which names those files in the entry page it sends for a matching address.

export interface RoutePreload {
  /** The route's path as src/app/router.ts writes it (`/tasks/:taskId`). */
  path: string
  /** Scripts beyond the first screen's, what every later screen needs first. */
  scripts: string[]
  styles: string[]
}

/** In the build's output folder. */
export const routePreloadsFile = 'route-preloads.json'

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** vue-router's path syntax (`/tasks/:taskId`, `/events/annual/:year(\d{4})`) as a pattern; null for a catch-all. */
export function routePattern(path: string): RegExp | null {
  if (path.includes('*'))
    return null
  const parts = path.split('/').filter(Boolean).map((part) => {
    const param = /^:\w+(?:\((.+)\))?$/.exec(part)
    return param ? `(?:${param[1] ?? '[^/]+'})` : escapeRegExp(part)
  })
  return new RegExp(`^/${parts.join('/')}/?$`)
}
