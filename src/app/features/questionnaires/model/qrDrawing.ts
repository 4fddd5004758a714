// The QR code of a questionnaire link as one SVG path, encoded by uqr (a maintained library):
// level M error correction survives a smudged print or a poster seen at an angle.
import { encode } from 'uqr'

export interface QrDrawing {
  /** Dark modules as unit squares, runs of a row merged: `M x y h n v1 h-n z`. */
  path: string
  /** Modules across, quiet zone included. */
  side: number
}

/** `quiet` modules of white around the code: the four the standard asks for, so cameras find its edges. */
export function qrDrawing(text: string, quiet = 4): QrDrawing {
  const { data, size } = encode(text, { ecc: 'M', border: 0 })
  const parts: string[] = []
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x])
        continue
      let run = 1
      while (x + run < size && row[x + run])
        run++
      parts.push(`M${x + quiet} ${y + quiet}h${run}v1h-${run}z`)
      x += run - 1
    }
  })
  return { path: parts.join(''), side: size + 2 * quiet }
}
