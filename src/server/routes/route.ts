// Registers an endpoint of the contract (shared/api) at its method and path, so a route cannot
// drift from what the client expects: its handler must return the contract's answer.
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify'
import type { Endpoint, ResponseOf } from '../../shared/api/endpoint'

/** Endpoints without a JSON answer (204, HEAD, a photo's bytes) send it themselves. */
type Answer<E extends Endpoint> = E['response'] extends null ? FastifyReply : ResponseOf<E>

export function route<E extends Endpoint>(
  app: FastifyInstance,
  endpoint: E,
  options: RouteShorthandOptions,
  handler: (request: FastifyRequest, reply: FastifyReply) => Promise<Answer<E>>,
): void {
  app.route({
    ...options,
    method: endpoint.method,
    url: endpoint.path,
    // The contract's success status; a handler may still choose another (200 for a photo already stored).
    handler: async (request, reply) => handler(request, reply.status(endpoint.status)),
  })
}
