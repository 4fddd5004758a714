// What the profiling scripts share: a CPU profile's shape and the way back from a frame in a built
// asset to the source line it came from (through the build's source maps, one consumer per asset).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type MappedPosition, SourceMapConsumer } from 'source-map-js'

export interface CallFrame { functionName: string, url: string, lineNumber: number, columnNumber: number }
export interface ProfileNode { id: number, callFrame: CallFrame, children?: number[] }
export interface Profile { nodes: ProfileNode[], startTime: number, endTime: number, samples: number[], timeDeltas: number[] }

/** The build the profiles were taken of: it must have been built with source maps. */
export const profiledDist = process.env.BENCH_DIST ?? '/tmp/distmap'

const consumers = new Map<string, SourceMapConsumer | null>()

/**
 * The built asset a frame ran in (undefined for the browser's own code and other scripts) and, where
 * the asset's map is there, the source position. A missing map is remembered, not retried per frame.
 */
export function originalOf(frame: CallFrame): { asset?: string, position?: MappedPosition } {
  const asset = /\/assets\/[^?#]+\.js/.exec(frame.url)?.[0]
  if (!asset)
    return {}
  if (!consumers.has(asset)) {
    try {
      consumers.set(asset, new SourceMapConsumer(JSON.parse(readFileSync(join(profiledDist, `${asset}.map`), 'utf8'))))
    }
    catch {
      consumers.set(asset, null)
    }
  }
  // A frame without a line (the asset's top level as a whole) has no position to map.
  if (frame.lineNumber < 0)
    return { asset }
  const position = consumers.get(asset)?.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber })
  return { asset, position: position?.source ? position : undefined }
}

/**
 * A frame as "source function" (source path from src/ or node_modules/), for profiles read by
 * function; the asset where its map is missing, "(native) …" or "(other) …" outside the build.
 */
export function frameLabel(frame: CallFrame): string {
  const { asset, position } = originalOf(frame)
  if (!asset)
    return frame.url ? `(other) ${frame.url.replace(/^https?:\/\/[^/]+/, '')}` : `(native) ${frame.functionName || '?'}`
  return position ? `${position.source.replace(/^.*?(src|node_modules)\//, '$1/')} ${position.name ?? frame.functionName}` : asset
}
