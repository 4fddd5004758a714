// The sync protocol's two endpoints; the messages themselves live with the merge rules in shared/sync.
import { endpoint } from './endpoint'
import { apiPaths } from './paths'
import { pullQuerySchema, pullResponseSchema, pushRequestSchema, pushResponseSchema } from '../sync/protocol'

export * from '../sync/protocol'

export const syncEndpoints = {
  push: endpoint({ method: 'POST', path: apiPaths.push, access: 'session', body: pushRequestSchema, status: 200, response: pushResponseSchema }),
  pull: endpoint({ method: 'GET', path: apiPaths.pull, access: 'session', query: pullQuerySchema, status: 200, response: pullResponseSchema }),
}
