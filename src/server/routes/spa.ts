// The built PWA from the same port as the API. Hashed assets are immutable; the entry page
// and the service worker must always be revalidated, or a phone would never see an update.
import { existsSync } from 'node:fs'
import { basename, resolve } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { apiError } from '../errors'
import { acceptedEncoding, preloadingPage } from './spaPreloads'

const revalidate = new Set(['index.html', 'sw.js', 'manifest.webmanifest', 'registerSW.js'])

export async function registerSpa(app: FastifyInstance, root: string | null): Promise<void> {
  const served = root && existsSync(root) ? resolve(root) : null
  if (served) {
    await app.register(fastifyStatic, {
      root: served,
      wildcard: false,
      index: ['index.html'],
      cacheControl: false,
      // The build ships .br and .gz beside each file; phones on slow links get the small one.
      preCompressed: true,
      setHeaders(res, path) {
        if (revalidate.has(basename(path).replace(/\.(?:br|gz)$/, '')))
          res.setHeader('cache-control', 'no-cache')
        else if (/[\\/]assets[\\/]/.test(path))
          res.setHeader('cache-control', 'public, max-age=31536000, immutable')
        else
          res.setHeader('cache-control', 'public, max-age=3600')
      },
    })
  }

  const preloading = served ? preloadingPage(served) : null

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]
    // Client-side routes have no file extension; a missing script must stay a 404, not become HTML.
    const looksLikeRoute = !/\.[a-z0-9]+$/i.test(path) || (request.headers.accept ?? '').includes('text/html')
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && looksLikeRoute && !/^\/api(?:\/|$)/.test(path)
    if (served && isPage) {
      const encoding = acceptedEncoding(request.headers['accept-encoding'])
      const page = request.method === 'GET' ? preloading?.pageFor(path, encoding) : null
      if (page) {
        reply.header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding')
        if (encoding !== 'identity')
          reply.header('content-encoding', encoding)
        return reply.send(page)
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html')
    }
    return reply.status(404).send(apiError('not_found', `没有 ${request.method} ${path} 这个接口`))
  })
}
