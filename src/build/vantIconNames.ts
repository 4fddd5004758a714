// Which of Vant's icons the app can show, read from source text. A name is any quoted string
// that is exactly an icon name: `<van-icon name="arrow">`, `icon="cross"`, `name: 'friends-o'`,
// `checked ? 'success' : 'circle'`. Over-including costs a hundred bytes a glyph; a missed name
// (one built at run time, `arrow-${side}`) costs a fetch of the full font, never a blank icon.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

// Vant's source escapes the character (`"\e660"`); a minified stylesheet has it as it is.
const iconRule = /\.van-icon-([\w-]+):before\s*\{\s*content:\s*["'](?:\\([\da-f]+)|([^"'\\]+))["']/giu
const quotedWord = /(["'`])([a-z\d-]+)\1/g

/** Vant's icon names and their code points, from the rules of its icon stylesheet. */
export function vantIconCodePoints(iconCss: string): Map<string, number> {
  return new Map([...iconCss.matchAll(iconRule)].map(([, name, escaped, character]) => [name, escaped ? Number.parseInt(escaped, 16) : character.codePointAt(0)!]))
}

export function iconNamesIn(source: string, iconNames: ReadonlyMap<string, number>): Set<string> {
  return new Set([...source.matchAll(quotedWord)].map(match => match[2]).filter(word => iconNames.has(word)))
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(file => pattern.test(file)).map(file => join(dir, file))
}

/**
 * The icons named in the app's code and in any of Vant's modules (a cell's arrow, a field's clear
 * button, a checkbox's tick, a dialog's cross…). All of Vant rather than the components the build
 * includes: the stylesheet is transformed before the module graph is complete, and the difference
 * is about 1 KB of woff2 (measured on Vant 4.10).
 */
export function iconsNamedIn(appDir: string, vantEsDir: string, iconNames: ReadonlyMap<string, number>): Set<string> {
  const files = [...filesUnder(appDir, /\.(?:vue|ts)$/), ...filesUnder(vantEsDir, /\.m?js$/)]
  return new Set(files.flatMap(file => [...iconNamesIn(readFileSync(file, 'utf8'), iconNames)]))
}
