// A small typed i18n: one message file per namespace and language (zh-CN/<ns>.ts, en/<ns>.ts),
// looked up as t('<ns>.<key>', { n: 3 }). Chinese is the default and the fallback.
import type { MessageKey } from './keys'
import { computed, ref } from 'vue'
import { nextTask } from '../utils/nextTask'

export type { MessageKey } from './keys'

export type Locale = 'zh-CN' | 'en'
export const locales: Locale[] = ['zh-CN', 'en']

type Messages = Record<string, unknown>

function byNamespace(modules: Record<string, unknown>): Messages {
  const out: Messages = {}
  for (const [path, messages] of Object.entries(modules))
    out[path.replace(/^.*\/([^/]+)\.ts$/, '$1')] = messages
  return out
}

// Chinese ships with the first screen, but only what the first screen (首页 and what is always on
// screen: tab bar, sync bar) shows: whole namespaces where 首页 shows most of them, and for the
// others the few messages it shows (zh-CN/<ns>.ts), their rest in zh-CN/later/<ns>.ts. Every other
// screen's Chinese is one file (vite.config.ts, later-messages: one request, not twenty), fetched in
// idle time after the first paint; a route waits only for its own namespaces to be merged (router.ts),
// the others merge in tasks of their own. English is a separate chunk fetched when chosen.
const catalogs: Record<Locale, Messages> = {
  'zh-CN': byNamespace(import.meta.glob('./zh-CN/{app,common,home,sync,task,auth,account,overview}.ts', { eager: true, import: 'default' })),
  'en': {},
}
const laterChineseModules = import.meta.glob(['./zh-CN/*.ts', './zh-CN/later/*.ts', '!./zh-CN/{app,common,home,sync,task,auth,account,overview}.ts'], { import: 'default' })
/** Each later file's arrival, once asked for: a screen waits only for its own namespaces. */
const laterChineseLoads = new Map<string, Promise<void>>()
/**
 * Counts the catalogs' arrivals. t() reads it, so anything rendered with a message that was not
 * there yet (a raw key) renders again once it is, instead of keeping the key on screen.
 */
const catalogRevision = ref(0)
/** A message was asked for before its catalog arrived; only then do arrivals render anything again. */
let askedTooEarly = false

/** The first part of a message key: one file per language (zh-CN/<namespace>.ts). */
export type MessageNamespace = MessageKey extends `${infer Namespace}.${string}` ? Namespace : never

const namespaceOf = (path: string) => path.replace(/^.*\/([^/]+)\.ts$/, '$1')

/** Adds the messages of `source` to `target`, namespace by namespace, however deep they are split. */
function mergeMessages(target: Messages, source: Messages): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key]
    if (existing && typeof existing === 'object' && value && typeof value === 'object')
      mergeMessages(existing as Messages, value as Messages)
    else
      target[key] = value
  }
}

function loadLaterFile(path: string, load: () => Promise<unknown>): Promise<void> {
  let loading = laterChineseLoads.get(path)
  if (!loading) {
    // Each import in a task of its own: some thirty started in one task (the idle-time fetch of every
    // namespace) held a slow phone's main thread for 200 ms (Lighthouse's first visit, 4× CPU).
    loading = nextTask().then(load).then((messages) => {
      mergeMessages(catalogs['zh-CN'], byNamespace({ [path]: messages }))
    })
    // Tried again on the next navigation: a failed fetch must not stick for the whole session.
    loading.catch(() => laterChineseLoads.delete(path))
    laterChineseLoads.set(path, loading)
  }
  return loading
}

/**
 * Makes later screens' Chinese messages available: those of `namespaces` (a screen's own, route meta
 * `messages`), or every namespace. A first visit to 活动 then waits for one small file, not twenty.
 */
export function loadLaterMessages(namespaces?: readonly MessageNamespace[]): Promise<void> {
  const wanted = Object.entries(laterChineseModules).filter(([path]) => !namespaces || namespaces.includes(namespaceOf(path) as MessageNamespace))
  return Promise.all(wanted.map(([path, load]) => loadLaterFile(path, load))).then(() => {
    if (askedTooEarly)
      catalogRevision.value++
  })
}

const englishModules = import.meta.glob('./en/*.ts', { import: 'default' })
let englishLoaded: Promise<void> | null = null

/** Makes a language's messages available; Chinese always is. */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'zh-CN')
    return Promise.resolve()
  englishLoaded ??= Promise.all(Object.entries(englishModules).map(async ([path, load]) => [path, await load()] as const))
    .then((modules) => {
      catalogs.en = byNamespace(Object.fromEntries(modules))
      catalogRevision.value++
    })
  return englishLoaded
}

const storageKey = 'kaifangri.locale'

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(storageKey)
  return locales.includes(saved as Locale) ? saved as Locale : 'zh-CN'
}

/** The language saved on this device; main.ts loads its messages before the first render. */
export const savedLocale: Locale = initialLocale()
// The page's language picks the fonts: under zh-CN, English quotes and apostrophes take CJK full-width glyphs.
globalThis.document?.documentElement.setAttribute('lang', savedLocale)
export const currentLocale = ref<Locale>(savedLocale)

export async function setLocale(locale: Locale): Promise<void> {
  await loadLocale(locale)
  currentLocale.value = locale
  globalThis.localStorage?.setItem(storageKey, locale)
  globalThis.document?.documentElement.setAttribute('lang', locale)
}

function lookup(catalog: Messages, key: string): string | undefined {
  let node: unknown = catalog
  for (const part of key.split('.'))
    node = node && typeof node === 'object' ? (node as Messages)[part] : undefined
  return typeof node === 'string' ? node : undefined
}

export type MessageParams = Record<string, string | number>

/**
 * Whether a key built from data (a stored template id, a topic a coordinator typed) names a message,
 * so a caller can fall back to the data itself. Keys from a closed union need no check: their
 * template literal type already is a MessageKey. Reads the Chinese catalog, so a later screen's keys
 * count only once loadLaterMessages() has run, as it has on every route that shows them.
 */
export function isMessageKey(key: string): key is MessageKey {
  return lookup(catalogs['zh-CN'], key) !== undefined
}

export function translate(key: MessageKey, params: MessageParams = {}, locale: Locale = currentLocale.value): string {
  const template = lookup(catalogs[locale], key) ?? lookup(catalogs['zh-CN'], key)
  if (template === undefined) {
    askedTooEarly = true
    if (import.meta.env.DEV)
      console.warn(`missing message: ${key}`)
    return key
  }
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`))
}

/** Reactive in templates: re-renders when the locale changes or more messages arrive. */
export function useI18n() {
  return {
    t: (key: MessageKey, params?: MessageParams) => {
      // Read so the caller depends on it, not for its value.
      void catalogRevision.value
      return translate(key, params, currentLocale.value)
    },
    locale: computed(() => currentLocale.value),
    setLocale,
  }
}

/** Keys present in one language but not the other, for the locale completeness test. */
export async function missingKeys(): Promise<Record<Locale, string[]>> {
  await Promise.all([loadLocale('en'), loadLaterMessages()])
  const keysOf = (node: unknown, prefix = ''): string[] =>
    node && typeof node === 'object'
      ? Object.entries(node as Messages).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
      : [prefix]
  const zh = new Set(keysOf(catalogs['zh-CN']))
  const en = new Set(keysOf(catalogs.en))
  return { 'zh-CN': [...en].filter(k => !zh.has(k)), 'en': [...zh].filter(k => !en.has(k)) }
}
