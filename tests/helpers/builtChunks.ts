// The built app's files as a browser downloads them (src/build/builtFiles.ts), and their gzip size
// as the size budget counts it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export { type DownloadedFiles, firstScreenFiles, laterScreensFiles, type RouteDownload, routeFiles, staticClosure } from '../../src/build/builtFiles'

export function gzipBytes(distDir: string, file: string): number {
  return gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length
}

export const gzipKb = (distDir: string, files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipBytes(distDir, file), 0) / 1024
