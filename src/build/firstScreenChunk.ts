// Everything the first screen needs, outside the framework, as one file. Left to itself the
// bundler cuts the first screen's code into a dozen small chunks shared with later screens;
// each is one more request (on a first visit over mobile data, one more round trip) before
// anything can run. A module belongs here when the app's entry imports it statically,
// directly or through other modules (staticReach.ts): it runs at start-up anyway.
import { type GroupContext, staticReach } from './staticReach'

export function firstScreenGroup(entry: RegExp, name = 'app', barrel?: RegExp) {
  const rootsOf = staticReach(id => (entry.test(id) ? name : null), barrel)
  return {
    name: (id: string, ctx: GroupContext) => (!entry.test(id) && rootsOf(id, ctx).size ? name : null),
    priority: 10,
    // This rule already follows every static import; taking all of a captured module's imports as
    // well would take everything behind a feature's index.ts again.
    includeDependenciesRecursively: false,
    debugName: name,
  }
}
