// Reads a .cpuprofile saved by profileColdStart.ts and prints self and inclusive time by function, mapped to
// sources (`npx tsx tests/bench/profileAnalyze.ts /tmp/cold-profile_plans.cpuprofile [filter]`; FROM_MS/TO_MS: a window).
import { readFileSync } from 'node:fs'
import { type CallFrame, type ProfileNode, originalOf } from './profileSources'

const [file, filter = ''] = process.argv.slice(2)
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[], samples: number[], timeDeltas: number[] }
function where(frame: CallFrame): string {
  const { asset, position: p } = originalOf(frame)
  if (!asset)
    return `${frame.functionName || '(anon)'} ${frame.url ? frame.url.replace(/^https?:\/\/[^/]+/, '') : '(native)'}`
  return `${p?.name ?? frame.functionName ?? '(anon)'} ${p?.source ? `${p.source.replace(/^.*?(src|node_modules)\//, '$1/')}:${p.line}` : asset}`
}
const byId = new Map(profile.nodes.map(n => [n.id, n]))
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const self = new Map<string, number>()
const inclusive = new Map<string, number>()
const from = Number(process.env.FROM_MS ?? 0)
const to = Number(process.env.TO_MS ?? Infinity)
let clock = 0
for (let i = 0; i < profile.samples.length; i++) {
  clock += profile.timeDeltas[i] / 1000
  if (clock < from || clock > to)
    continue
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000
  const leaf = byId.get(profile.samples[i])!
  const key = where(leaf.callFrame)
  self.set(key, (self.get(key) ?? 0) + ms)
  const seen = new Set<string>()
  for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
    const k = where(byId.get(id)!.callFrame)
    if (!seen.has(k)) {
      seen.add(k)
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms)
    }
  }
}
const show = (title: string, map: Map<string, number>) => {
  console.log(`\n${title}`)
  for (const [k, v] of [...map].filter(([k]) => k.includes(filter)).sort((a, b) => b[1] - a[1]).slice(0, 45))
    console.log(`${v.toFixed(1).padStart(8)}  ${k}`)
}
show('self', self)
show('inclusive', inclusive)
