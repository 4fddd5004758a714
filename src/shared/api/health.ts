// Liveness (the process answers) and readiness (the database answers and is fully migrated), for
// load balancers and orchestrators.
import { z } from 'zod'
import { endpoint } from './endpoint'
import { apiPaths } from './paths'

const engines = z.enum(['sqlite', 'postgres'])

/** 200 ready, or 503 with what is missing. */
export const readinessSchema = z.union([
  z.object({ status: z.literal('ready'), database: engines }),
  z.object({ status: z.literal('not_ready'), database: engines, pendingMigrations: z.array(z.string()).optional(), error: z.string().optional() }),
])
export type Readiness = z.infer<typeof readinessSchema>

export const healthEndpoints = {
  health: endpoint({ method: 'GET', path: apiPaths.health, access: 'public', status: 200, response: z.object({ status: z.literal('ok') }) }),
  ready: endpoint({ method: 'GET', path: apiPaths.ready, access: 'public', status: 200, response: readinessSchema }),
}
