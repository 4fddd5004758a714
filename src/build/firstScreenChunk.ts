// Everything the first screen needs, outside the framework, as one file. Left to itself the
// bundler cuts the first screen's code into a dozen small chunks shared with later screens;
// each is one more request (on a first visit over mobile data, one more round trip) before
// anything can run. A module belongs here when the app's entry imports it statically,
// directly or through other modules: it runs at start-up anyway.
//
// Vant is imported through its index (`vant/es`), which imports every component: following
// it would claim all of Vant for the first screen. So the index does not count as a path;
// a Vant component counts when its styles do, which the component resolver imports right
// where a template uses the component.
//
// A feature's index.ts (its public surface) is such an index too: it re-exports what several
// other screens use. A module behind it counts only when a module that is reached imports,
// from that index, a name the module provides; otherwise 我的's account section would start
// with 首页 because 首页 shows the password reminder from the same index.
import { dirname, resolve } from 'node:path'

interface ModuleInfoLike { importers: readonly string[], importedIds?: readonly string[], code?: string | null }
interface GroupContext { getModuleInfo: (id: string) => ModuleInfoLike | null }

const vantIndex = /[\\/]node_modules[\\/]vant[\\/]es[\\/]index\.mjs$/
const vantComponent = /([\\/]node_modules[\\/]vant[\\/]es[\\/][\w-]+[\\/])index\.mjs$/

const reExport = /export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g
const namedImport = /import\s*(?:[\w$]+\s*,\s*)?\{([^}]*)\}\s*from\s*["']([^"']+)["']/g
const namespaceImport = /import\s*(?:[\w$]+\s*,\s*)?\*\s*as\s+[\w$]+\s+from\s*["']([^"']+)["']/g

/** `a`, `b as c`, `type D` → the names as seen from outside: a, c (types are gone after transform). */
function bindingNames(list: string, side: 'exported' | 'imported'): string[] {
  return list.split(',').map(part => part.trim()).filter(part => part && !part.startsWith('type '))
    .map(part => part.split(/\s+as\s+/)[side === 'exported' ? 1 : 0] ?? part.split(/\s+as\s+/)[0])
    .map(name => name.trim())
}

const withoutQuery = (id: string) => id.replace(/\?.*$/, '')
const sameModule = (id: string, path: string) => id === path || id.replace(/\.(?:ts|vue)$/, '') === path || id === `${path}/index.ts`

export function firstScreenGroup(entry: RegExp, name = 'app', barrel?: RegExp) {
  const known = new Map<string, boolean>()

  /** The names a barrel re-exports from `id`, or null when its code does not say. */
  function namesFrom(barrelId: string, id: string, ctx: GroupContext): Set<string> | null {
    const code = ctx.getModuleInfo(barrelId)?.code
    if (!code)
      return null
    const names = new Set<string>()
    for (const [, list, spec] of code.matchAll(reExport)) {
      if (sameModule(id, resolve(dirname(barrelId), spec)))
        bindingNames(list, 'exported').forEach(n => names.add(n))
    }
    return names
  }

  /** Whether the importer takes one of these names from the barrel (null: it takes everything or cannot tell). */
  function takesAny(importerId: string, barrelId: string, names: Set<string>, ctx: GroupContext): boolean {
    const code = ctx.getModuleInfo(importerId)?.code
    if (!code)
      return true
    const from = (spec: string) => spec.startsWith('.') && sameModule(barrelId, resolve(dirname(withoutQuery(importerId)), spec))
    for (const [, spec] of code.matchAll(namespaceImport)) {
      if (from(spec))
        return true
    }
    for (const [, list, spec] of code.matchAll(namedImport)) {
      if (from(spec) && bindingNames(list, 'imported').some(n => names.has(n)))
        return true
    }
    return false
  }

  function reachedThroughBarrel(barrelId: string, id: string, ctx: GroupContext): boolean {
    const names = namesFrom(barrelId, id, ctx)
    const importers = ctx.getModuleInfo(barrelId)?.importers ?? []
    return importers.some(importer => isStaticallyReached(importer, ctx) && (names === null || takesAny(importer, barrelId, names, ctx)))
  }

  function isStaticallyReached(id: string, ctx: GroupContext): boolean {
    const cached = known.get(id)
    if (cached !== undefined)
      return cached
    known.set(id, false) // an import cycle does not reach the entry through itself
    let reached = entry.test(id)
    if (!reached && !vantIndex.test(id)) {
      const styles = vantComponent.test(id) ? id.replace(vantComponent, '$1style/index.mjs') : null
      reached = (ctx.getModuleInfo(id)?.importers.some(importer => barrel?.test(importer)
        ? reachedThroughBarrel(importer, id, ctx)
        : isStaticallyReached(importer, ctx)) ?? false)
      || (styles !== null && ctx.getModuleInfo(styles) !== null && isStaticallyReached(styles, ctx))
    }
    known.set(id, reached)
    return reached
  }
  return {
    name: (id: string, ctx: GroupContext) => (!entry.test(id) && isStaticallyReached(id, ctx) ? name : null),
    priority: 10,
    // This rule already follows every static import; taking all of a captured module's imports as
    // well would take everything behind a feature's index.ts again.
    includeDependenciesRecursively: false,
    debugName: name,
  }
}
