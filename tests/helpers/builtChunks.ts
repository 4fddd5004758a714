// Reads the built app's module graph from dist/: which files the first screen loads before it can
// run (index.html's scripts and their static imports) and what a lazy chunk adds on top of them.
import { readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'

export function gzipBytes(distDir: string, file: string): number {
  return gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length
}

function staticImportsOf(distDir: string, file: string): string[] {
  const source = readFileSync(join(distDir, file), 'utf8')
  const imports = source.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g)
  return [...imports].map(match => normalize(join(dirname(file), match[1])))
}

/** Files loaded, transitively through static imports, once `entries` run. */
export function staticClosure(distDir: string, entries: string[]): Set<string> {
  const seen = new Set<string>()
  const pending = [...entries]
  while (pending.length) {
    const file = pending.pop()!
    if (seen.has(file))
      continue
    seen.add(file)
    pending.push(...staticImportsOf(distDir, file))
  }
  return seen
}

/** The scripts and stylesheets index.html asks for: what the first screen cannot paint without. */
export function firstScreenFiles(distDir: string): { scripts: Set<string>, styles: string[] } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const scripts = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map(match => match[1])
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="\/(assets\/[^"]+\.css)"/g)].map(match => match[1])
  return { scripts: staticClosure(distDir, scripts), styles }
}
