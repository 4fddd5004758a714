// What must not be kept: API answers hold sessions, passwords and people's data, so no browser or
// proxy cache may store them unless a route says otherwise (photos, immutable by hash); and a
// public link's token is a key, so the request log shows where it was used, never the token.
import type { FastifyInstance, FastifyServerOptions } from 'fastify'

export function noStoreApiAnswers(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
      reply.header('cache-control', 'no-store')
    return payload
  })
}

/** The URL as the log may show it: public link tokens and query strings removed. */
export function loggableUrl(url: string): string {
  return url.replace(/^(\/api\/public\/q\/)[^/?#]+/, '$1[token]').replace(/\?.*$/, '')
}

interface LoggedRequest { method: string, url: string, hostname?: string, ip?: string }

/** Fastify logger options with the request serializer that redacts URLs. */
export function redactedLogger(logger: FastifyServerOptions['logger']): FastifyServerOptions['logger'] {
  if (!logger)
    return logger
  const options = logger === true ? {} : logger as Record<string, unknown>
  return {
    ...options,
    serializers: {
      ...(options.serializers as object | undefined),
      req: (request: LoggedRequest) => ({ method: request.method, url: loggableUrl(request.url), host: request.hostname, remoteAddress: request.ip }),
    },
  } as FastifyServerOptions['logger']
}
