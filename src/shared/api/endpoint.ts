// What one HTTP endpoint promises: its method and path, what it takes and what it answers. The
// server registers and validates from it; the client types (and, off the first screen, checks)
// what it receives by it.
import type { z } from 'zod'

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface Endpoint {
  method: HttpMethod
  /** Fastify's pattern, e.g. /api/users/:id (apiPaths in paths.ts, which has no zod). */
  path: string
  /** Who may call it: anyone, any signed-in user, or coordinators only. */
  access: 'public' | 'session' | 'coordinator'
  params?: z.ZodType
  query?: z.ZodType
  /** A JSON body; photos travel as raw bytes and name none. */
  body?: z.ZodType
  /** The status of success. */
  status: number
  /** The JSON answer on success; null when there is none (204, a HEAD, a photo's bytes). */
  response: z.ZodType | null
}

export function endpoint<const E extends Endpoint>(spec: E): E {
  return spec
}

/** What the endpoint answers on success. */
export type ResponseOf<E extends Endpoint> = E['response'] extends z.ZodType ? z.output<E['response']> : void
