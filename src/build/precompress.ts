// Writes .br and .gz copies of the built text files next to them, so the server can send
// compressed bytes without compressing on every request (@fastify/static `preCompressed`).
// On a phone's slow connection this is most of the first-visit load time.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { compressedOnce } from '../server/compressedOnce'
import { afterBuild } from './afterBuild'

// .mjs: pdf.js's worker (1.3 MB raw, 0.4 MB gzip), downloaded when the service worker installs.
const compressible = /\.(?:m?js|css|html|svg|webmanifest|json|txt)$/
const minBytes = 1024

export function precompress(): Plugin {
  return afterBuild('kaifangri:precompress', 'closeBundle', (outDir) => {
    for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
      const path = join(outDir, file)
      if (!compressible.test(file) || statSync(path).size < minBytes)
        continue
      const bytes = readFileSync(path)
      writeFileSync(`${path}.gz`, compressedOnce(bytes, 'gzip'))
      writeFileSync(`${path}.br`, compressedOnce(bytes, 'br'))
    }
  })
}
