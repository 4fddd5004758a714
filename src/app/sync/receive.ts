// An answer checked against the contract before a screen uses it, for screens that load after
// the first (they may load zod): a server that drifted from shared/api says so by name instead of
// showing undefined. The first screen's sync only types its answers (api.ts answerOf).
import type { z } from 'zod'
import type { Endpoint } from '../../shared/api/endpoint'
import { ApiRequestError } from './api'

export async function receive<S extends z.ZodType>(endpoint: Endpoint & { response: S }, response: Response): Promise<z.output<S>> {
  const parsed = endpoint.response.safeParse(await response.json().catch(() => undefined))
  if (parsed.success)
    return parsed.data
  const [first] = parsed.error.issues
  const where = first?.path.length ? first.path.join('.') : '(body)'
  throw new ApiRequestError(response.status, 'invalid_response', `${endpoint.method} ${endpoint.path}: the answer does not match the contract (${where}: ${first?.message ?? 'unreadable'})`)
}
