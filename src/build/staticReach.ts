// Which modules run once a given module runs: those it imports statically, directly or through
// other modules. The chunk rules (firstScreenChunk.ts, laterScreenChunks.ts) decide by it.
//
// Vant is imported through its index (`vant/es`), which imports every component: following it
// would make every screen reach all of Vant. So the index does not count as a path; a Vant
// component counts when its styles do, which the component resolver imports right where a
// template uses the component.
//
// A feature's index.ts (its public surface) is such an index too: it re-exports what several
// other screens use. A module behind it counts only when a module that is reached imports, from
// that index, a name the module provides; otherwise 我的's account section would start with 首页
// because 首页 shows the password reminder from the same index.
import { dirname, resolve } from 'node:path'
import { reachable } from './reachable'

export interface ModuleInfoLike {
  importers: readonly string[]
  dynamicImporters?: readonly string[]
  importedIds?: readonly string[]
  dynamicallyImportedIds?: readonly string[]
  code?: string | null
}
export interface GroupContext { getModuleInfo: (id: string) => ModuleInfoLike | null }

const vantIndex = /[\\/]node_modules[\\/]vant[\\/]es[\\/]index\.mjs$/
const vantStyles = /([\\/]node_modules[\\/]vant[\\/]es[\\/][\w-]+[\\/])style[\\/]index\.mjs$/

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

/** Whether the importer takes one of these names from the barrel (true when it takes everything or cannot tell). */
function takesAny(importerId: string, barrelId: string, names: Set<string> | null, ctx: GroupContext): boolean {
  const code = ctx.getModuleInfo(importerId)?.code
  if (!code || names === null)
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

const importStatement = /import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g

/**
 * What a barrel's own code imports (not what it only passes on): a barrel may define a little
 * itself, like questionnaires' panel that loads when shown, whose imports run wherever it goes.
 */
function importedByOwnCode(barrelId: string, ctx: GroupContext): Set<string> {
  const code = ctx.getModuleInfo(barrelId)?.code ?? ''
  const specs = [...code.matchAll(importStatement)].map(([, spec]) => resolve(dirname(barrelId), spec))
  return new Set((ctx.getModuleInfo(barrelId)?.importedIds ?? []).filter(id => specs.some(spec => sameModule(id, spec))))
}

const none: ReadonlySet<string> = new Set()

/** Every module of the build, found from any one of them: up to an entry, then down every import. */
export function everyModule(anyId: string, ctx: GroupContext): string[] {
  let top = anyId
  for (const seen = new Set<string>(); !seen.has(top);) {
    seen.add(top)
    const info = ctx.getModuleInfo(top)
    const up = info?.importers[0] ?? info?.dynamicImporters?.[0]
    if (!up)
      break
    top = up
  }
  return [...reachable([top], (id) => {
    const info = ctx.getModuleInfo(id)
    return [...info?.importedIds ?? [], ...info?.dynamicallyImportedIds ?? []]
  })]
}

/**
 * For each module, the roots that reach it (`rootOf` names a module that is a root, e.g. a screen,
 * and returns null for any other). Walked forward from every root once, on the first question:
 * one instance serves a whole build, and import cycles cannot hide a path.
 */
export function staticReach(rootOf: (id: string) => string | null, barrel?: RegExp) {
  let rootsById: Map<string, Set<string>> | undefined

  /** A barrel's own imports and, for each module behind it, the names it passes on: read once per barrel. */
  const barrels = new Map<string, { own: Set<string>, namesOf: Map<string, Set<string> | null> }>()
  function barrelOf(barrelId: string, ctx: GroupContext) {
    let read = barrels.get(barrelId)
    if (!read) {
      const behind = ctx.getModuleInfo(barrelId)?.importedIds ?? []
      read = { own: importedByOwnCode(barrelId, ctx), namesOf: new Map(behind.map(id => [id, namesFrom(barrelId, id, ctx)])) }
      barrels.set(barrelId, read)
    }
    return read
  }

  function staticImports(id: string, ctx: GroupContext): string[] {
    if (vantIndex.test(id) || barrel?.test(id))
      return []
    const out: string[] = []
    for (const imported of ctx.getModuleInfo(id)?.importedIds ?? []) {
      out.push(imported)
      if (barrel?.test(imported)) {
        const { own, namesOf } = barrelOf(imported, ctx)
        for (const [behind, names] of namesOf) {
          if (own.has(behind) || takesAny(id, imported, names, ctx))
            out.push(behind)
        }
      }
    }
    const component = vantStyles.test(id) ? id.replace(vantStyles, '$1index.mjs') : null
    if (component !== null && ctx.getModuleInfo(component))
      out.push(component)
    return out
  }

  function walk(anyId: string, ctx: GroupContext): Map<string, Set<string>> {
    const reached = new Map<string, Set<string>>()
    // A module's imports are the same from every root: found once, followed from each.
    const importsOf = new Map<string, string[]>()
    const next = (id: string) => importsOf.get(id) ?? importsOf.set(id, staticImports(id, ctx)).get(id)!
    for (const start of everyModule(anyId, ctx)) {
      const root = rootOf(start)
      if (root === null)
        continue
      for (const id of reachable([start], next)) {
        const roots = reached.get(id) ?? new Set<string>()
        reached.set(id, roots.add(root))
      }
    }
    return reached
  }

  return (id: string, ctx: GroupContext): ReadonlySet<string> => {
    rootsById ??= walk(id, ctx)
    return rootsById.get(id) ?? none
  }
}
