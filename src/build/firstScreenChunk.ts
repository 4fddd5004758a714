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
interface ModuleInfoLike { importers: readonly string[] }
interface GroupContext { getModuleInfo: (id: string) => ModuleInfoLike | null }

const vantIndex = /[\\/]node_modules[\\/]vant[\\/]es[\\/]index\.mjs$/
const vantComponent = /([\\/]node_modules[\\/]vant[\\/]es[\\/][\w-]+[\\/])index\.mjs$/

export function firstScreenGroup(entry: RegExp, name = 'app') {
  const known = new Map<string, boolean>()
  function isStaticallyReached(id: string, ctx: GroupContext): boolean {
    const cached = known.get(id)
    if (cached !== undefined)
      return cached
    known.set(id, false) // an import cycle does not reach the entry through itself
    let reached = entry.test(id)
    if (!reached && !vantIndex.test(id)) {
      const styles = vantComponent.test(id) ? id.replace(vantComponent, '$1style/index.mjs') : null
      reached = (ctx.getModuleInfo(id)?.importers.some(importer => isStaticallyReached(importer, ctx)) ?? false)
        || (styles !== null && ctx.getModuleInfo(styles) !== null && isStaticallyReached(styles, ctx))
    }
    known.set(id, reached)
    return reached
  }
  return {
    name: (id: string, ctx: GroupContext) => (!entry.test(id) && isStaticallyReached(id, ctx) ? name : null),
    priority: 10,
    debugName: name,
  }
}
