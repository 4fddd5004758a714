// A build-only plugin that works on the written output folder (dist/ unless configured otherwise).
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

export function afterBuild(name: string, hook: 'writeBundle' | 'closeBundle', work: (outDir: string) => void): Plugin {
  let outDir = 'dist'
  return {
    name,
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    // After every other plugin's own step: the service worker and the manifest are written by then.
    [hook]: { order: 'post', handler: () => work(outDir) },
  }
}
