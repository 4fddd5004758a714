// Where an offline cold start's time goes: CPU profiles (4× CPU, network off, the installed profile
// reopened in a fresh browser) mapped back to source files through the build's source maps.
// Build with `npx vite build --sourcemap true --outDir /tmp/distmap`, then
// `BENCH_DIST=/tmp/distmap npx tsx tests/bench/profileColdStart.ts /plans /`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { markTime, median } from './appHarness'
import { startE2eServer } from '../helpers/e2eServer'
import { installOnPhone, reopenOffline } from './coldStartPhone'
import { type CallFrame, type Profile, originalOf, profiledDist } from './profileSources'

const runs = Number(process.env.PROFILE_RUNS ?? 3)
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/plans', '/']
const markOf: Record<string, string> = { '/plans': 'kf:plans-painted', '/': 'kf:home-painted' }

function sourceOf(frame: CallFrame): string {
  const { asset, position } = originalOf(frame)
  if (!asset)
    return frame.url ? `(other) ${frame.url.replace(/^https?:\/\/[^/]+/, '')}` : `(native) ${frame.functionName || '?'}`
  return position ? position.source.replace(/^(\.\.\/)+/, '') : asset
}

function selfTimeBySource(profile: Profile, untilMs: number): Map<string, number> {
  const byId = new Map(profile.nodes.map(node => [node.id, node]))
  const totals = new Map<string, number>()
  let time = profile.startTime
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i]
    const delta = profile.timeDeltas[i + 1] ?? 0
    if ((time - profile.startTime) / 1000 > untilMs)
      break
    const frame = byId.get(profile.samples[i])!.callFrame
    const key = sourceOf(frame)
    totals.set(key, (totals.get(key) ?? 0) + delta / 1000)
  }
  return totals
}

async function main() {
  const server = await startE2eServer(profiledDist)
  const dir = mkdtempSync(join(tmpdir(), 'kaifangri-profile-'))
  try {
    await installOnPhone(dir, server.url)
    for (const path of paths) {
      const all = new Map<string, number[]>()
      const painted: number[] = []
      for (let run = 0; run < runs; run++) {
        const { context, page, cdp } = await reopenOffline(dir)
        await cdp.send('Profiler.enable')
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
        await cdp.send('Profiler.start')
        await page.goto(`${server.url}${path}`)
        const at = await markTime(page, markOf[path])
        painted.push(at)
        const { profile } = await cdp.send('Profiler.stop') as { profile: Profile }
        if (run === 0)
          writeFileSync(`/tmp/cold-profile${path.replace(/\//g, '_')}.cpuprofile`, JSON.stringify(profile))
        // The profile starts before navigation; count samples up to the mark plus the navigation offset.
        const navStart = await page.evaluate(() => performance.timeOrigin)
        const offsetMs = navStart - profile.startTime / 1000
        for (const [key, ms] of selfTimeBySource(profile, at + Math.max(0, offsetMs)))
          all.set(key, [...(all.get(key) ?? []), ms])
        await context.close()
      }
      console.log(`\n${path}: painted ${painted.map(Math.round).join(', ')} ms (median ${Math.round(median(painted))}); profile offset caveat: wall-clock sampling`)
      const rows = [...all].map(([key, values]) => [key, values.reduce((a, b) => a + b, 0) / runs] as const).sort((a, b) => b[1] - a[1])
      for (const [key, ms] of rows.slice(0, Number(process.env.PROFILE_TOP ?? 40)))
        console.log(`${ms.toFixed(1).padStart(8)} ms  ${key}`)
    }
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
    await server.close()
  }
}

void main()
