// Reads a QR code drawn as an SVG path of unit rectangles with an independent decoder (jsQR),
// as a phone camera would: the path is painted into a bitmap, then decoded from the pixels.
import jsQR from 'jsqr'

/** Paints `M x y h n v1 h-n z` runs at `scale` pixels a module, dark on white, and decodes them. */
export function decodeQrPath(path: string, side: number, scale = 4): string | null {
  const width = side * scale
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255)
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let py = Number(y) * scale; py < (Number(y) + 1) * scale; py++) {
      for (let px = Number(x) * scale; px < (Number(x) + Number(run)) * scale; px++)
        pixels.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3)
    }
  }
  return jsQR(pixels, width, width)?.data ?? null
}
