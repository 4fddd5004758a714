// pdf.js's packed character maps (CMaps), needed to read PDFs whose Chinese fonts name a
// predefined encoding (UniGB-UCS2-H …) instead of embedding one. pdf.js asks for them by name
// under the cMapUrl the app gives it, so they keep their names: /pdfjs/cmaps/<name>.bcmap.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'

const cmapDir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps')
const publicPath = '/pdfjs/cmaps/'

/** The maps for simplified Chinese: the ones the service worker precaches, so a PDF imports offline. */
export const chineseCmapGlob = 'pdfjs/cmaps/{Adobe-GB1-*,GB*,UniGB-*}.bcmap'

export function pdfjsCmaps(): Plugin {
  return {
    name: 'kaifangri:pdfjs-cmaps',
    configureServer(server) {
      server.middlewares.use(publicPath, (request, response, next) => {
        const name = (request.url ?? '').replace(/^\//, '').split('?')[0]
        if (!/^[\w-]+\.bcmap$/.test(name))
          return next()
        try {
          response.setHeader('content-type', 'application/octet-stream')
          response.end(readFileSync(join(cmapDir, name)))
        }
        catch {
          next()
        }
      })
    },
    generateBundle() {
      for (const name of readdirSync(cmapDir).filter(file => file.endsWith('.bcmap')))
        this.emitFile({ type: 'asset', fileName: `${publicPath.slice(1)}${name}`, source: readFileSync(join(cmapDir, name)) })
    },
  }
}
