// Prints a saved .cpuprofile as a timeline: each busy stretch (between idle samples) with its length
// and the source files that took most of it, to see what sits on the way to the first paint.
import { readFileSync } from 'node:fs'
import { type CallFrame, type ProfileNode, originalOf } from './profileSources'

const [file] = process.argv.slice(2)
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[], samples: number[], timeDeltas: number[], startTime: number }
function source(frame: CallFrame): string {
  const { asset, position: p } = originalOf(frame)
  if (!asset)
    return frame.url ? frame.url.replace(/^https?:\/\/[^/]+/, '') : `(${frame.functionName.replace(/[()]/g, '')})`
  return p?.source ? p.source.replace(/^.*?(src|node_modules)\//, '$1/').replace(/^node_modules\/(@[^/]+\/[^/]+|[^/]+)\/.*/, '$1') : asset
}
const byId = new Map(profile.nodes.map(n => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
// The outermost app frame of a sample: which top-level call the stretch belongs to.
function outer(id: number): string {
  let last = source(byId.get(id)!.callFrame)
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at)!.callFrame
    if (frame.functionName !== '(root)')
      last = `${frame.functionName || '(anon)'}@${source(frame)}`
  }
  return last
}
let time = 0
let stretch: { start: number, ms: number, bySelf: Map<string, number>, byOuter: Map<string, number> } | null = null
const print = () => {
  if (!stretch || stretch.ms < 8)
    return
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')
  console.log(`${stretch.start.toFixed(0).padStart(6)} +${stretch.ms.toFixed(0).padStart(5)} ms  self: ${top(stretch.bySelf)}\n                 outer: ${top(stretch.byOuter)}`)
}
for (let i = 0; i < profile.samples.length; i++) {
  time += profile.timeDeltas[i] / 1000
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
  const node = byId.get(profile.samples[i])!
  if (node.callFrame.functionName === '(idle)') {
    print()
    stretch = null
    continue
  }
  stretch ??= { start: time, ms: 0, bySelf: new Map(), byOuter: new Map() }
  stretch.ms += ms
  const s = source(node.callFrame)
  stretch.bySelf.set(s, (stretch.bySelf.get(s) ?? 0) + ms)
  const o = outer(node.id)
  stretch.byOuter.set(o, (stretch.byOuter.get(o) ?? 0) + ms)
}
print()
