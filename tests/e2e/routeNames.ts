// The app's routes read from src/app/router.ts as text (its components are Vue files Node cannot
// load), and a matcher that names the route an address opens, with vue-router's own ranking.
import { createMemoryHistory, createRouter } from 'vue-router'

export interface NamedRoute { path: string, name: string }

/** Every named route in router.ts; a name given by a constant is looked up in `constants` source. */
export function routeNamesOf(routerSource: string, ...constants: string[]): NamedRoute[] {
  const routes: NamedRoute[] = []
  for (const [, path, literal, constant] of routerSource.matchAll(/\{ path: '([^']+)', name: (?:'([^']+)'|(\w+))/g)) {
    const name = literal ?? constants.map(source => source.match(new RegExp(`${constant} = '([^']+)'`))?.[1]).find(Boolean)
    if (!name)
      throw new Error(`route ${path}: cannot read its name ${constant}`)
    // The source's string literal escapes backslashes (`(\\d{4})`); the router sees them once.
    routes.push({ path: path.replaceAll('\\\\', '\\'), name })
  }
  return routes
}

/** The name of the route an in-app address opens, or null for one no route takes. */
export function routeResolver(routes: NamedRoute[]): (path: string) => string | null {
  const router = createRouter({ history: createMemoryHistory(), routes: routes.map(route => ({ ...route, component: {} })) })
  return (path) => {
    const resolved = router.resolve(path)
    return typeof resolved.name === 'string' ? resolved.name : null
  }
}
