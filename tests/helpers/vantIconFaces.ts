// The `@font-face` rules of Vant's icon font in the first screen's stylesheet of the built app
// (src/build/vantIconFont.ts makes two: the icons the app names, and the full font for the rest).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type CodePointRange, parseUnicodeRange } from '../../src/build/unicodeRange'
import { firstScreenFiles } from './builtChunks'

export interface IconFace {
  /** The font file as the page requests it: `/assets/…woff2`. */
  url: string
  ranges: CodePointRange[]
  bytes: number
}

export function firstScreenCss(distDir: string): string {
  return [...firstScreenFiles(distDir).styles].map(file => readFileSync(join(distDir, file), 'utf8')).join('\n')
}

export function vantIconFaces(distDir: string): IconFace[] {
  const rules = [...firstScreenCss(distDir).matchAll(/@font-face\s*\{([^}]*)\}/g)].map(match => match[1])
  return rules.filter(rule => /font-family:\s*["']?vant-icon\b/.test(rule)).map((rule) => {
    const url = /src:\s*url\(["']?([^)"']+)/.exec(rule)?.[1] ?? ''
    const range = /unicode-range:\s*([^;]+)/.exec(rule)?.[1]
    return { url, ranges: range ? parseUnicodeRange(range) : [[0, 0x10FFFF]], bytes: readFileSync(join(distDir, url)).length }
  })
}

export const inRanges = (point: number, ranges: readonly CodePointRange[]) => ranges.some(([first, last]) => point >= first && point <= last)
