// Everything the server reads from its environment, in one place with its defaults.
import { join } from 'node:path'
import type { TrustProxySetting } from './trustProxy'

export interface ServerConfig {
  port: number
  host: string
  /** postgres://… for PostgreSQL; otherwise a SQLite file (default data/kaifangri.sqlite). */
  databaseUrl: string | undefined
  photoDir: string
  staticDir: string
  seedsDir: string
  logLevel: string
  /**
   * Behind a load balancer: which X-Forwarded-For entries to believe for the client address (rate
   * limits, logs). A number of proxy hops, or the proxies' addresses / CIDR ranges; never `true`,
   * which would let any client name its own address and so its own rate-limit identity.
   */
  trustProxy: TrustProxySetting
  /** How often housekeeping (contact erasure) runs; it also runs on start. */
  housekeepingIntervalMs?: number
  /** Where visitors reach this server, for public questionnaire links; else taken from the request. */
  publicUrl?: string
  firstCoordinator: { username: string, displayName: string, unit: string }
}

/** An interval in milliseconds from the environment, at least a second; a typo must not make a job spin. */
function intervalMs(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name]
  if (!text)
    return undefined
  const value = Number(text)
  if (!Number.isInteger(value) || value < 1000)
    throw new Error(`${name} must be a whole number of milliseconds, at least 1000 (got "${text}")`)
  return value
}

/**
 * TRUST_PROXY: a number of proxy hops on private networks ("1"; "true" means one), or comma-separated
 * proxy addresses / CIDR ranges (or proxy-addr names such as loopback, uniquelocal).
 */
function trustedProxies(text: string | undefined): number | string[] | undefined {
  const value = text?.trim()
  if (!value || value === '0' || value === 'false')
    return undefined
  if (value === 'true')
    return 1
  if (/^\d+$/.test(value))
    return Number(value)
  const addresses = value.split(',').map(a => a.trim()).filter(Boolean)
  const bad = addresses.find(a => !/^(?:[\d.:a-f]+(?:\/\d{1,3})?|loopback|linklocal|uniquelocal)$/i.test(a))
  if (bad)
    throw new Error(`TRUST_PROXY must be a number of proxy hops or proxy addresses/CIDR ranges separated by commas (got "${bad}")`)
  return addresses
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const dataDir = env.DATA_DIR ?? 'data'
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || (env.DATA_DIR ? join(dataDir, 'kaifangri.sqlite') : undefined),
    photoDir: env.PHOTO_DIR ?? join(dataDir, 'photos'),
    staticDir: env.STATIC_DIR ?? 'dist',
    seedsDir: env.SEEDS_DIR ?? 'seeds',
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: trustedProxies(env.TRUST_PROXY),
    housekeepingIntervalMs: intervalMs(env, 'HOUSEKEEPING_INTERVAL_MS'),
    publicUrl: env.PUBLIC_URL || undefined,
    firstCoordinator: {
      username: env.ADMIN_USERNAME ?? 'admin',
      displayName: env.ADMIN_DISPLAY_NAME ?? '系统协调员',
      unit: env.ADMIN_UNIT ?? '区政府办公室',
    },
  }
}
