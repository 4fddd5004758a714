// `npm run bench`: builds the app, then measures it in real headless Chromium against the
// real server and prints every figure next to its target (issue 3; sizes: issue 13). Figures are printed,
// never asserted: a machine under load measures slower, and that is worth seeing, not hiding.
import { spawnSync } from 'node:child_process'
import { type Figure, verdict } from './appHarness'
import { measureBundle } from './appBundle'
import { measureColdStart } from './appColdStart'
import { measureLargeList } from './appLargeList'
import { measureLighthouse } from './appLighthouse'
import { measureMachine } from './appMachine'
import { measureMemory } from './appMemory'
import { measureTabs } from './appTabs'
import { measureTick } from './appTick'
import { startE2eServer } from '../helpers/e2eServer'

type Measurement = () => Promise<{ figures: Figure[], details: string[] }>

/** The machine's reference time, once measured: the cold start's targets are relative to it. */
let referenceMs: number | undefined

const measurements: Array<[string, Measurement]> = [
  ['machine', async () => {
    const machine = await measureMachine()
    referenceMs = machine.referenceMs
    return machine
  }],
  ['JavaScript sizes', measureBundle],
  ['offline cold start', () => measureColdStart(process.env.BENCH_DIST, referenceMs)],
  ['10,000 tasks', measureLargeList],
  ['tab switches', () => measureTabs(process.env.BENCH_DIST)],
  ['tick to durable', () => measureTick(process.env.BENCH_DIST)],
  ['Lighthouse (mobile)', () => measureLighthouse()],
  ['memory with a phone full of data', measureMemory],
]

/** Whether the server sends compressed assets: on a phone's connection that decides the first visit. */
async function serverCompression(): Promise<string> {
  const server = await startE2eServer()
  try {
    const html = await (await fetch(server.url)).text()
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
    const response = await fetch(`${server.url}${script}`, { headers: { 'accept-encoding': 'br, gzip' } })
    return response.headers.get('content-encoding') ?? 'none (the build writes .br/.gz copies; @fastify/static `preCompressed: true` would send them)'
  }
  finally {
    await server.close()
  }
}

async function main() {
  const only = process.argv.slice(2)
  if (!process.env.BENCH_SKIP_BUILD) {
    const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } })
    if (built.status !== 0)
      process.exit(built.status ?? 1)
  }
  const all: Figure[] = []
  for (const [name, measure] of measurements) {
    if (only.length && !only.some(o => name.toLowerCase().includes(o.toLowerCase())))
      continue
    console.log(`\n== ${name}`)
    const { figures, details } = await measure()
    figures.forEach(f => console.log(verdict(f)))
    details.forEach(d => console.log(`   ${d}`))
    all.push(...figures)
  }
  console.log(`\n== server compression of assets: ${await serverCompression()}`)
  console.log(`\n== summary: ${all.filter(f => verdict(f).startsWith('ok')).length} of ${all.length} figures within target`)
}

await main()
