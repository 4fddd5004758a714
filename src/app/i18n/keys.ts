// The message keys as types, read from the Chinese catalog (the default and the fallback), so a
// mistyped or removed key fails type-check instead of showing the raw key on screen.
// Type-only imports: they vanish from the build, so no lazy namespace is pulled into the first screen.
import type account from './zh-CN/account'
import type accounts from './zh-CN/accounts'
import type app from './zh-CN/app'
import type auth from './zh-CN/auth'
import type common from './zh-CN/common'
import type directory from './zh-CN/directory'
import type entity from './zh-CN/entity'
import type event from './zh-CN/event'
import type evidence from './zh-CN/evidence'
import type faq from './zh-CN/faq'
import type feedback from './zh-CN/feedback'
import type home from './zh-CN/home'
import type importPlan from './zh-CN/import'
import type kiosk from './zh-CN/kiosk'
import type me from './zh-CN/me'
import type overview from './zh-CN/overview'
import type plan from './zh-CN/plan'
import type pwa from './zh-CN/pwa'
import type questionnaire from './zh-CN/questionnaire'
import type sync from './zh-CN/sync'
import type task from './zh-CN/task'

/** Every namespace, named as its file is: a new zh-CN file needs a line here before its keys type-check. */
export interface Catalog {
  account: typeof account
  accounts: typeof accounts
  app: typeof app
  auth: typeof auth
  common: typeof common
  directory: typeof directory
  entity: typeof entity
  event: typeof event
  evidence: typeof evidence
  faq: typeof faq
  feedback: typeof feedback
  home: typeof home
  import: typeof importPlan
  kiosk: typeof kiosk
  me: typeof me
  overview: typeof overview
  plan: typeof plan
  pwa: typeof pwa
  questionnaire: typeof questionnaire
  sync: typeof sync
  task: typeof task
}

// Numeric keys (event.report.numbers.1) are kept: they are looked up as text all the same.
type KeyOf<T> = Extract<keyof T, string | number>

/** The dotted path of every message (a string leaf) under T. */
export type LeafPaths<T> = {
  [K in KeyOf<T>]: T[K] extends string ? `${K}` : `${K}.${LeafPaths<T[K]>}`
}[KeyOf<T>]

/** A key t() and translate() accept: 'feedback.title', 'event.types.open_day' … */
export type MessageKey = LeafPaths<Catalog>

/** Another language's file for one namespace: the same keys as the Chinese, none missing, none extra. */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> }
