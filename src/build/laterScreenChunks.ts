// The code later screens share, in a few files instead of dozens. Left to itself the bundler
// gives every set of screens that shares a module a chunk of its own: 计划 fetched 12 scripts and
// 6 stylesheets on its first visit, 意见 29 and 6, most under 1 KB. On a phone's first visit over
// mobile data each file is one more request on a busy connection (Lighthouse's simulation of
// 意见's first visit: eight waves of small requests, 1.3 s, after the framework had arrived).
//
// Each module is placed by the screens that reach it statically (staticReach.ts):
// - many screens, or the later screens' messages (which every later screen waits for): one file
//   every later screen fetches;
// - a few screens whose shared code is large: a file for exactly those screens (活动's two report
//   screens share 25 KB that 活动's list does not need);
// - a few screens otherwise: a file per set of features those screens belong to (活动 and 意见
//   share one, 意见 alone another), where screens fetch a little code they do not run;
// - one screen: that screen's own chunk; no screen (a dialog's code, loaded when it opens): left
//   to the bundler.
import { everyModule, type GroupContext, staticReach } from './staticReach'

const screen = /[\\/]src[\\/]app[\\/]features[\\/]([^\\/]+)[\\/]pages[\\/]([^\\/?]+)\.vue$/
// Later screens' Chinese messages, which every later screen waits for: what they import is needed by all.
const laterMessages = /[\\/]src[\\/]app[\\/]i18n[\\/]zh-CN[\\/]/
// The app's own code, the domain code it shares with the server, and Vant's components.
const candidate = /[\\/]src[\\/](?:app|shared)[\\/]|[\\/]node_modules[\\/](?:vant[\\/]es|@vant[\\/]use)[\\/]/
const everyScreen = '*'

export interface LaterScreensOptions {
  /** A feature's index.ts (see staticReach.ts). */
  barrel: RegExp
  /** Reached by this many screens, a module goes to the file every later screen fetches. */
  coreScreens: number
  /** Code (characters, before minifying) a few screens must share to have a file of their own. */
  ownFileCode: number
}

export function laterScreensGroup(options: LaterScreensOptions) {
  const rootsOf = staticReach(id => laterMessages.test(id) ? everyScreen : screen.exec(id)?.slice(1, 3).join('/') ?? null, options.barrel)
  const isCandidate = (id: string) => candidate.test(id) && !screen.test(id) && !laterMessages.test(id)
  const setKey = (screens: ReadonlySet<string>) => [...screens].sort().join(',')
  let codeBySet: Map<string, number> | undefined

  /** How much code modules reached by exactly each set of a few screens add up to. */
  function sharedCode(anyId: string, ctx: GroupContext): Map<string, number> {
    const totals = new Map<string, number>()
    for (const id of everyModule(anyId, ctx).filter(isCandidate)) {
      const screens = rootsOf(id, ctx)
      if (screens.size < 2 || screens.size >= options.coreScreens || screens.has(everyScreen))
        continue
      const key = setKey(screens)
      totals.set(key, (totals.get(key) ?? 0) + (ctx.getModuleInfo(id)?.code?.length ?? 0))
    }
    return totals
  }

  return {
    name: (id: string, ctx: GroupContext) => {
      if (!isCandidate(id))
        return null
      const screens = rootsOf(id, ctx)
      if (screens.has(everyScreen) || screens.size >= options.coreScreens)
        return 'later-core'
      if (screens.size < 2)
        return null
      codeBySet ??= sharedCode(id, ctx)
      if ((codeBySet.get(setKey(screens)) ?? 0) >= options.ownFileCode)
        return `later-${[...screens].map(name => name.split('/')[1].replace(/Page$/, '')).sort().join('-')}`
      return `later-${[...new Set([...screens].map(name => name.split('/')[0]))].sort().join('-')}`
    },
    priority: 3,
    // Each module is placed by its own reach; a module's imports are placed by theirs.
    includeDependenciesRecursively: false,
    debugName: 'later screens',
  }
}
