// Builds the whole server as a Fastify instance without listening, so tests drive it
// through inject() and index.ts only adds a port.
import helmet from '@fastify/helmet'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import type { ServerContext } from './context'
import type { Database } from './db/connect'
import type { PhotoStorage } from './photos/storage'
import type { WriteHooks } from './sync/applyMutations'
import { defaultSessionTtlMs } from './auth/sessions'
import { registerErrorHandler } from './errors'
import { refuseHostileInput } from './hostileInput'
import { noStoreApiAnswers, redactedLogger } from './privacy'
import { trustProxyOption, type TrustProxySetting } from './trustProxy'
import { registerAuthRoutes } from './routes/auth'
import { registerEventLinkRoutes } from './routes/eventLinks'
import { registerHealthRoutes } from './routes/health'
import { registerHistoryRoutes } from './routes/history'
import { registerPhotoRoutes } from './routes/photos'
import { registerPublicFaqRoutes } from './routes/publicFaq'
import { registerPublicQuestionnaireRoutes } from './routes/publicQuestionnaire'
import { registerSpa } from './routes/spa'
import { registerSyncRoutes } from './routes/sync'
import { registerUnitRoutes } from './routes/units'
import { registerUserRoutes } from './routes/users'
import { PlanCatalog } from './sync/planCatalog'

export interface AppOptions {
  database: Database
  photos: PhotoStorage
  /** The built PWA (dist/); null serves the API alone. */
  staticDir?: string | null
  clock?: () => number
  sessionTtlMs?: number
  loginRateLimit?: { max: number, timeWindowMs: number }
  loginSprayLimit?: { max: number, timeWindowMs: number }
  /** Public questionnaire submissions per address; generous, since a whole visitor group may share one Wi-Fi. */
  publicRateLimit?: { max: number, timeWindowMs: number }
  /** Base of public questionnaire links (PUBLIC_URL); otherwise the address the request came to. */
  publicUrl?: string
  jsonBodyLimitBytes?: number
  photoLimitBytes?: number
  logger?: FastifyServerOptions['logger']
  /** Proxies whose X-Forwarded-For is believed: a number of hops, or their addresses/CIDR ranges; never everyone. */
  trustProxy?: TrustProxySetting
  /** Test seams inside the push transaction, to interleave concurrent writers. */
  writeHooks?: WriteHooks
}

// What the PWA needs and no more: its own scripts and workers, images from blobs and data
// URLs (photo previews), inline style attributes (Vant), and API calls to itself.
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    'default-src': ['\'self\''],
    'script-src': ['\'self\''],
    'style-src': ['\'self\'', '\'unsafe-inline\''],
    'img-src': ['\'self\'', 'blob:', 'data:'],
    'font-src': ['\'self\'', 'data:'],
    'connect-src': ['\'self\''],
    'worker-src': ['\'self\''],
    'manifest-src': ['\'self\''],
    'media-src': ['\'self\'', 'blob:'],
    'object-src': ['\'none\''],
    'base-uri': ['\'self\''],
    'form-action': ['\'self\''],
    'frame-ancestors': ['\'none\''],
  },
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const ctx: ServerContext = {
    database: options.database,
    db: options.database.db,
    catalog: new PlanCatalog(),
    photos: options.photos,
    clock: options.clock ?? Date.now,
    sessionTtlMs: options.sessionTtlMs ?? defaultSessionTtlMs,
    loginRateLimit: options.loginRateLimit ?? { max: 10, timeWindowMs: 60_000 },
    loginSprayLimit: options.loginSprayLimit ?? { max: Math.max(30, 3 * (options.loginRateLimit?.max ?? 10)), timeWindowMs: 15 * 60_000 },
    publicRateLimit: options.publicRateLimit ?? { max: 120, timeWindowMs: 10 * 60_000 },
    publicUrl: options.publicUrl,
    jsonBodyLimitBytes: options.jsonBodyLimitBytes ?? 8 * 1024 * 1024,
    photoLimitBytes: options.photoLimitBytes ?? 10 * 1024 * 1024,
    writeHooks: options.writeHooks,
  }
  const app = Fastify({
    logger: redactedLogger(options.logger ?? false),
    bodyLimit: ctx.jsonBodyLimitBytes,
    trustProxy: trustProxyOption(options.trustProxy),
  })
  app.decorateRequest('user', null)
  app.decorateRequest('sessionTokenHash', null)
  registerErrorHandler(app)
  refuseHostileInput(app)
  noStoreApiAnswers(app)
  await app.register(helmet, { contentSecurityPolicy, crossOriginEmbedderPolicy: false })

  registerHealthRoutes(app, ctx)
  registerAuthRoutes(app, ctx)
  registerUserRoutes(app, ctx)
  registerUnitRoutes(app, ctx)
  registerSyncRoutes(app, ctx)
  registerHistoryRoutes(app, ctx)
  registerEventLinkRoutes(app, ctx)
  registerPublicQuestionnaireRoutes(app, ctx)
  registerPublicFaqRoutes(app, ctx)
  await registerPhotoRoutes(app, ctx)
  await registerSpa(app, options.staticDir ?? null)
  return app
}
