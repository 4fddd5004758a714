// `npx tsx tests/bench/bundleModules.ts [route path…]`: which source modules the first screen's
// gzip bytes (or a route's, beyond the first screen) come from. It builds the app with source maps
// into a directory of its own (dist/ is left alone), gives every byte of each chunk to the source the
// map names, and shares the chunk's gzip size out in proportion. The shares are estimates (gzip
// compresses across module borders), close enough to find what to cut.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping'
import { firstScreenFiles, gzipBytes, routeFiles } from '../helpers/builtChunks'

const root = join(import.meta.dirname, '../..')

/** Raw bytes of `file` per source module (node_modules packages grouped under their name). */
function bytesBySource(distDir: string, file: string): Map<string, number> {
  const code = readFileSync(join(distDir, file), 'utf8')
  if (!existsSync(join(distDir, `${file}.map`)))
    return new Map([[`(${file}: bundler runtime, no source map)`, code.length]])
  const map = new TraceMap(readFileSync(join(distDir, `${file}.map`), 'utf8'), join(distDir, file))
  const lines = code.split('\n')
  const bytes = new Map<string, number>()
  const add = (owner: string, count: number) => bytes.set(owner, (bytes.get(owner) ?? 0) + count)
  // Each mapping segment owns the generated code up to the next one on its line.
  let previous: { line: number, column: number, owner: string } | null = null
  const close = (line: number, column: number) => {
    if (!previous)
      return
    if (line === previous.line) {
      add(previous.owner, column - previous.column)
    }
    else {
      add(previous.owner, lines[previous.line - 1].length - previous.column)
      for (let between = previous.line + 1; between < line; between++)
        add('(bundler glue)', lines[between - 1].length + 1)
      add('(bundler glue)', column)
    }
  }
  eachMapping(map, (segment) => {
    close(segment.generatedLine, segment.generatedColumn)
    previous = { line: segment.generatedLine, column: segment.generatedColumn, owner: segment.source ? moduleName(segment.source) : '(bundler glue)' }
  })
  close(lines.length + 1, 0)
  return bytes
}

function moduleName(source: string): string {
  const path = relative(root, source.replace(/^file:\/\//, '')).replace(/\\/g, '/')
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path)
  if (!pkg)
    return path
  // Vant by component, the framework packages whole.
  return pkg[1] === 'vant' ? `vant/${pkg[2].split('/').slice(1, 2).join('/')}` : pkg[1]
}

function report(title: string, distDir: string, files: string[]): void {
  const total = files.reduce((sum, file) => sum + gzipBytes(distDir, file), 0)
  console.log(`\n== ${title}: ${(total / 1024).toFixed(1)} KB gzip in ${files.length} files`)
  const shares = new Map<string, number>()
  for (const file of files) {
    const gzip = gzipBytes(distDir, file)
    console.log(`   ${file} ${(gzip / 1024).toFixed(1)} KB`)
    const bytes = bytesBySource(distDir, file)
    const raw = [...bytes.values()].reduce((a, b) => a + b, 0)
    for (const [source, count] of bytes)
      shares.set(source, (shares.get(source) ?? 0) + gzip * count / raw)
  }
  for (const [source, gzip] of [...shares].sort((a, b) => b[1] - a[1]).filter(([, gzip]) => gzip >= 100))
    console.log(`${(gzip / 1024).toFixed(2).padStart(7)} KB  ${source}`)
}

const outDir = mkdtempSync(join(tmpdir(), 'kaifangri-sourcemap-'))
try {
  const built = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--sourcemap', 'true', '--outDir', outDir, '--emptyOutDir'], { cwd: root, stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } })
  if (built.status !== 0)
    process.exit(built.status ?? 1)
  const firstScreen = firstScreenFiles(outDir)
  report('first screen', outDir, [...firstScreen.scripts])
  for (const path of process.argv.slice(2)) {
    const route = routeFiles(outDir).find(r => r.path === path)
    if (!route)
      throw new Error(`no route ${path} in src/app/router.ts`)
    report(`route ${path}`, outDir, [...route.scripts])
  }
}
finally {
  rmSync(outDir, { recursive: true, force: true })
}
