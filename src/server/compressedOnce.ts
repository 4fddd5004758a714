// How the server's text goes compressed, in one place: the build's copies beside each file
// (src/build/precompress.ts) and the entry pages made per screen (routes/spaPreloads.ts).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export type Compression = 'br' | 'gzip'

/** At the strongest level: each is compressed once, at build or on first ask, and sent many times. */
export function compressedOnce(bytes: Buffer, encoding: Compression): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
    : gzipSync(bytes, { level: 9 })
}
