// The eight data masks of QR codes and the penalty the standard scores a masked symbol by:
// the encoder keeps the mask whose symbol a camera reads most easily.

export const masks: ReadonlyArray<(row: number, col: number) => boolean> = [
  (r, c) => (r + c) % 2 === 0,
  r => r % 2 === 0,
  (_, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
]

/** The standard's penalty: long runs, 2×2 blocks, finder look-alikes and unbalanced darkness. */
export function maskPenalty(modules: Uint8Array, size: number): number {
  let penalty = 0
  const at = (r: number, c: number) => modules[r * size + c]
  const finderLike = [[1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1]]
  for (const line of [(i: number, j: number) => at(i, j), (i: number, j: number) => at(j, i)]) {
    for (let i = 0; i < size; i++) {
      for (let j = 0, run = 0; j < size; j++) {
        run = j > 0 && line(i, j) === line(i, j - 1) ? run + 1 : 1
        if (run === 5)
          penalty += 3
        else if (run > 5)
          penalty++
        if (j <= size - 11 && finderLike.some(p => p.every((v, k) => line(i, j + k) === v)))
          penalty += 40
      }
    }
  }
  let dark = 0
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      dark += at(r, c)
      if (r < size - 1 && c < size - 1 && at(r, c) === at(r + 1, c) && at(r, c) === at(r, c + 1) && at(r, c) === at(r + 1, c + 1))
        penalty += 3
    }
  }
  return penalty + 10 * Math.floor(Math.abs(dark * 100 / (size * size) - 50) / 5)
}
