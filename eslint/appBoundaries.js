// The boundaries inside src/app (CONVENTIONS.md), checked on every import:
// - a feature imports another feature only through its index.ts; the app shell (main.ts, pages.ts,
//   router.ts, App.vue) may also open a feature's pages, which the router loads lazily;
// - code shared by features (ui, composables, utils, stores, db, sync, pwa, i18n) depends on no feature;
// - pages, components and ui/ never reach the database (a type from db/schema is only a shape);
// - ui/ is presentational: no stores, no sync engine;
// - composables take no logic from components/, utils/ reads no data;
// - a module of ours is never imported for its side effects (the build relies on it: see vite.config.ts).
// Tests may arrange data and reach into any feature.
import { dirname, relative, resolve, sep } from 'node:path'

const appRoot = resolve(import.meta.dirname, '../src/app')
const shellFiles = new Set(['main.ts', 'router.ts', 'pages.ts', 'App.vue'])

/** Where a file or import target sits inside src/app, or null outside it. */
function placeOf(path) {
  const rel = relative(appRoot, path)
  if (rel.startsWith('..'))
    return null
  const parts = rel.split(sep)
  if (parts[0] === 'features')
    return { area: 'feature', feature: parts[1], part: parts[2] ?? '', rest: parts.slice(2) }
  if (parts.length === 1)
    return { area: shellFiles.has(parts[0]) ? 'shell' : 'root' }
  return { area: parts[0] }
}

const isPublicEntry = target => target.rest.length === 0 || (target.rest.length === 1 && /^index(?:\.ts)?$/.test(target.rest[0]))
const typeOnly = node => node.importKind === 'type' || (node.specifiers?.length > 0 && node.specifiers.every(s => s.importKind === 'type'))

function problemWith(file, from, node, spec) {
  const target = spec.startsWith('.') ? placeOf(resolve(dirname(file), spec)) : null
  const dataAccess = spec === 'dexie' || target?.area === 'db'
  const presentational = from.area === 'ui' || (from.area === 'feature' && (from.part === 'pages' || from.part === 'components'))

  if (node.type === 'ImportDeclaration' && node.specifiers.length === 0 && spec.startsWith('.') && !/\.css$/.test(spec))
    return 'A module of ours is imported for what it exports, never for its side effects.'
  if (dataAccess && presentational && !(typeOnly(node) && /[\\/]db[\\/]schema$/.test(spec)))
    return 'Pages, components and ui/ reach data through composables and stores, so every write also reaches the sync outbox.'
  if (from.area === 'ui' && target && ['feature', 'stores', 'sync'].includes(target.area))
    return 'ui/ is presentational: props in, events out, no data.'
  if (from.area === 'feature' && from.part === 'composables' && target?.area === 'feature' && target.part === 'components')
    return 'A composable takes no logic from components/: put it in the feature\'s model/.'
  if (from.area === 'utils' && target && ['db', 'feature', 'stores', 'sync'].includes(target.area))
    return 'utils/ holds plain helpers: no data access, no feature code.'
  if (target?.area !== 'feature')
    return null
  if (from.area === 'feature' && from.feature !== target.feature && !isPublicEntry(target))
    return `A feature imports another feature only through its index.ts: import from '…/features/${target.feature}'.`
  if (from.area === 'shell' && !isPublicEntry(target) && target.part !== 'pages')
    return `The app shell opens a feature's pages or imports its index.ts, not '${target.rest.join('/')}'.`
  if (from.area !== 'feature' && from.area !== 'shell')
    return `src/app/${from.area} is shared by the features and depends on none of them.`
  return null
}

export const appBoundaries = {
  meta: { type: 'problem', schema: [], docs: { description: 'Boundaries between the features and layers of src/app' } },
  create(context) {
    const file = context.filename
    const from = placeOf(file)
    if (!from || /\.test\.ts$/.test(file))
      return {}
    function check(node, source) {
      if (source?.type !== 'Literal' || typeof source.value !== 'string')
        return
      const message = problemWith(file, from, node, source.value)
      if (message)
        context.report({ node: source, message })
    }
    return {
      ImportDeclaration: node => check(node, node.source),
      ImportExpression: node => check(node, node.source),
      ExportNamedDeclaration: node => check(node, node.source),
      ExportAllDeclaration: node => check(node, node.source),
    }
  },
}
