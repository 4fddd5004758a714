// `npm test`: runs every suite this machine can run, names the ones it cannot,
// and under CI=true treats a missing Chromium or PostgreSQL as a failure.
import { spawnSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import pg from 'pg'
import { chromiumPath, postgresAdminUrl } from './helpers/environment'

interface Suite { project: string, needs: Array<'chromium' | 'postgres'>, build?: boolean }

const suites: Suite[] = [
  { project: 'shared', needs: [] },
  { project: 'app', needs: [] },
  { project: 'server-sqlite', needs: [] },
  { project: 'server-postgres', needs: ['postgres'] },
  { project: 'e2e', needs: ['chromium'], build: true },
]

function hasChromium(): boolean {
  try {
    accessSync(chromiumPath(), constants.X_OK)
    return true
  }
  catch {
    return false
  }
}

async function hasPostgres(): Promise<boolean> {
  const client = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query('select 1')
    return true
  }
  catch {
    return false
  }
  finally {
    await client.end().catch(() => {})
  }
}

// Vite 8 lists every extensionless import of vite.config.ts as unfit for its future native config
// loader; Node 20, which we support, cannot load a TypeScript config natively at all, so the list
// is only noise in the test log.
const childEnv = { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', ...process.env }

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { stdio: 'inherit', env: childEnv })
  return result.status ?? 1
}

async function main() {
  const ci = process.env.CI === 'true' || process.env.CI === '1'
  const available = { chromium: hasChromium(), postgres: await hasPostgres() }
  const why = {
    chromium: `no Chromium at ${chromiumPath()} (apt-get install -y chromium, or set CHROME_PATH)`,
    postgres: `no PostgreSQL at ${postgresAdminUrl()} (start it, or set TEST_PG_URL)`,
  }
  const requested = process.argv.slice(2)
  const wanted = requested.length ? suites.filter(s => requested.includes(s.project)) : suites
  const runnable = wanted.filter(s => s.needs.every(n => available[n]))
  const notRun = wanted.filter(s => !runnable.includes(s))

  for (const suite of notRun) {
    const missing = suite.needs.filter(n => !available[n]).map(n => why[n]).join('; ')
    console.error(`${ci ? 'FAIL' : 'NOT RUN'}: suite "${suite.project}": ${missing}`)
  }
  if (ci && notRun.length)
    process.exit(1)

  if (runnable.some(s => s.build)) {
    const built = run('npx', ['vite', 'build', '--logLevel', 'warn'])
    if (built !== 0)
      process.exit(built)
  }
  const projects = runnable.flatMap(s => ['--project', s.project])
  const status = run('npx', ['vitest', 'run', ...projects])
  if (notRun.length)
    console.error(`\nSuites not run on this machine: ${notRun.map(s => s.project).join(', ')}`)
  process.exit(status)
}

main()
