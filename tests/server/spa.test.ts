import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { routePreloadsFile } from '../../src/shared/routePreloads'
import { startTestServer, type TestServer } from '../helpers/server'

let server: TestServer
let dist: string
const indexHtml = '<!doctype html><html lang="zh-CN"><head><script type="module" src="/assets/index-Bx7a9.js"></script></head><body><div id="app"></div></body></html>'

beforeAll(async () => {
  // A stand-in for dist/ with the files a Vite + injectManifest build produces.
  dist = mkdtempSync(join(tmpdir(), 'kfr-dist-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), indexHtml)
  writeFileSync(join(dist, 'sw.js'), 'self.addEventListener("install", () => {})')
  writeFileSync(join(dist, 'manifest.webmanifest'), '{"name":"开放日助手"}')
  writeFileSync(join(dist, 'assets', 'index-Bx7a9.js'), 'console.log("app")')
  writeFileSync(join(dist, 'index.html.br'), brotliCompressSync(indexHtml))
  writeFileSync(join(dist, 'assets', 'index-Bx7a9.js.gz'), gzipSync('console.log("app")'))
  // What the build lists for a first visit straight to a later screen (src/build/routePreloads.ts).
  writeFileSync(join(dist, routePreloadsFile), JSON.stringify([
    { path: '/feedback', scripts: ['assets/pages-P1.js', 'assets/FeedbackPage-F1.js'], styles: ['assets/FeedbackPage-F1.css'] },
    { path: '/events/annual/:year(\\d{4})', scripts: ['assets/pages-P1.js', 'assets/EventsYearReportPage-E1.js'], styles: [] },
    { path: '/:unknown(.*)*', scripts: ['assets/never.js'], styles: [] },
  ]))
  // Relative, as the default `dist` is.
  server = await startTestServer({ staticDir: relative(process.cwd(), dist) })
})
afterAll(async () => {
  await server.close()
  rmSync(dist, { recursive: true, force: true })
})

const get = (url: string, headers: Record<string, string> = {}) => server.app.inject({ method: 'GET', url, headers })

describe('serving the PWA', () => {
  it('serves index.html at / without caching', async () => {
    const response = await get('/')
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe(indexHtml)
    expect(response.headers['cache-control']).toBe('no-cache')
  })

  it('falls back to index.html for client-side routes', async () => {
    const response = await get('/plans/plan-2025-x/tasks/1.1', { accept: 'text/html' })
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe(indexHtml)
    expect(response.headers['content-type']).toMatch(/text\/html/)
    expect((await get('/sync')).body).toBe(indexHtml)
  })

  it('serves the public questionnaire page of a link, uncached and under the same CSP', async () => {
    const response = await get('/q/Zx8_kP2-qR7vYt3nW9mL4sD6fH1jK0aB5cE2gI7oU3w')
    expect(response.statusCode).toBe(200)
    expect(response.body).toBe(indexHtml)
    expect(response.headers['cache-control']).toBe('no-cache')
    expect(String(response.headers['content-security-policy'])).toContain('connect-src \'self\'')
    // The token in the address must not travel on to other sites.
    expect(response.headers['referrer-policy']).toBe('no-referrer')
  })

  it('caches hashed assets for good and the service worker never', async () => {
    const asset = await get('/assets/index-Bx7a9.js')
    expect(asset.statusCode).toBe(200)
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const worker = await get('/sw.js')
    expect(worker.statusCode).toBe(200)
    expect(worker.headers['cache-control']).toBe('no-cache')
  })

  it('serves the precompressed files the build ships, with the same caching', async () => {
    const page = await server.app.inject({ method: 'GET', url: '/', headers: { 'accept-encoding': 'br, gzip' } })
    expect(page.headers['content-encoding']).toBe('br')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(brotliDecompressSync(page.rawPayload).toString()).toBe(indexHtml)
    const route = await server.app.inject({ method: 'GET', url: '/tasks', headers: { 'accept-encoding': 'br' } })
    expect(route.headers['content-encoding']).toBe('br')
    const asset = await server.app.inject({ method: 'GET', url: '/assets/index-Bx7a9.js', headers: { 'accept-encoding': 'gzip' } })
    expect(asset.headers['content-encoding']).toBe('gzip')
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
  })

  it('names a later screen\'s files in the entry page of a first visit straight to it', async () => {
    const links = '<link rel="modulepreload" crossorigin href="/assets/pages-P1.js"><link rel="modulepreload" crossorigin href="/assets/FeedbackPage-F1.js"><link rel="preload" as="style" href="/assets/FeedbackPage-F1.css">'
    const expected = indexHtml.replace('</head>', `${links}</head>`)
    const page = await get('/feedback')
    expect(page.statusCode).toBe(200)
    expect(page.body).toBe(expected)
    expect(page.headers['content-type']).toMatch(/text\/html/)
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(String(page.headers['content-security-policy'])).toContain('script-src \'self\'')
    const compressed = await server.app.inject({ method: 'GET', url: '/feedback/', headers: { 'accept-encoding': 'gzip, br' } })
    expect(compressed.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(compressed.rawPayload).toString()).toBe(expected)
    // A route's own pattern decides: the year is four digits; 首页 and unknown addresses get the plain page.
    expect((await get('/events/annual/2024')).body).toContain('EventsYearReportPage-E1.js')
    expect((await get('/events/annual/24')).body).toBe(indexHtml)
    expect((await get('/no/such/screen')).body).toBe(indexHtml)
    expect((await get('/')).body).toBe(indexHtml)
    expect((await server.app.inject({ method: 'HEAD', url: '/feedback' })).statusCode).toBe(200)
  })

  it('answers a missing script with 404 rather than the page', async () => {
    const response = await get('/assets/index-old.js')
    expect(response.statusCode).toBe(404)
  })

  it('keeps /api paths out of the fallback', async () => {
    const response = await get('/api/unknown', { accept: 'text/html' })
    expect(response.statusCode).toBe(404)
    expect(response.json().error.code).toBe('not_found')
  })

  it('sends security headers with a CSP the PWA can live with', async () => {
    const response = await get('/')
    const csp = String(response.headers['content-security-policy'])
    const directive = (name: string) => csp.split(';').map(d => d.trim()).find(d => d.startsWith(`${name} `))
    expect(directive('default-src')).toBe('default-src \'self\'')
    expect(directive('script-src')).toBe('script-src \'self\'')
    expect(directive('img-src')).toBe('img-src \'self\' blob: data:')
    expect(directive('worker-src')).toBe('worker-src \'self\'')
    expect(directive('connect-src')).toBe('connect-src \'self\'')
    expect(directive('object-src')).toBe('object-src \'none\'')
    expect(csp).not.toContain('upgrade-insecure-requests')
    expect(response.headers['x-content-type-options']).toBe('nosniff')
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(response.headers['referrer-policy']).toBe('no-referrer')
    expect((await get('/api/health')).headers['content-security-policy']).toBe(csp)
  })
})
