import { afterEach, describe, expect, it, vi } from 'vitest'
import { decodeToFit, fittedSize, type Size } from './photoResize'

// happy-dom cannot decode images: createImageBitmap stands in here, recording what it is asked
// for; the real decoder is exercised in Chromium by tests/e2e/coordinator.test.ts.
interface Decode { options: ImageBitmapOptions | undefined, bitmap: { width: number, height: number, closed: boolean } }

function browserDecoder(answer: (options: ImageBitmapOptions | undefined, upright: Size) => Size | 'throw', upright: Size) {
  const calls: Decode[] = []
  vi.stubGlobal('createImageBitmap', async (_image: Blob, options?: ImageBitmapOptions) => {
    const size = answer(options, upright)
    if (size === 'throw')
      throw new TypeError('resize options not supported')
    const bitmap = {
      ...size,
      closed: false,
      close() {
        this.closed = true
      },
    }
    calls.push({ options, bitmap })
    return bitmap
  })
  return calls
}

const photo = new Blob(['jpeg'], { type: 'image/jpeg' })
const resizes = (options: ImageBitmapOptions | undefined, upright: Size): Size =>
  options?.resizeWidth ? { width: options.resizeWidth, height: options.resizeHeight! } : upright

describe('decodeToFit', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('asks the browser to decode a camera photo already shrunk to 1600 px, turned upright', async () => {
    const landscape = { width: 4032, height: 3024 }
    const calls = browserDecoder(resizes, landscape)
    const bitmap = await decodeToFit(photo, 1600, async () => landscape)
    expect(calls.map(c => c.options)).toEqual([{ imageOrientation: 'from-image', resizeWidth: 1600, resizeHeight: 1200, resizeQuality: 'high' }])
    expect([bitmap.width, bitmap.height]).toEqual([1600, 1200])
  })

  it('keeps a portrait photo portrait', async () => {
    const portrait = { width: 3024, height: 4032 }
    browserDecoder(resizes, portrait)
    const bitmap = await decodeToFit(photo, 1600, async () => portrait)
    expect([bitmap.width, bitmap.height]).toEqual([1200, 1600])
  })

  it('takes the full-size image from a browser that ignores the resize options', async () => {
    const calls = browserDecoder((_, upright) => upright, { width: 4032, height: 3024 })
    const bitmap = await decodeToFit(photo, 1600, async () => ({ width: 4032, height: 3024 }))
    expect(calls).toHaveLength(1)
    expect([bitmap.width, bitmap.height]).toEqual([4032, 3024])
  })

  it('decodes plainly when the browser refuses the options or would distort the photo', async () => {
    const refusing = browserDecoder((options, upright) => options?.resizeWidth ? 'throw' : upright, { width: 4000, height: 2000 })
    expect((await decodeToFit(photo, 1600, async () => ({ width: 4000, height: 2000 }))).width).toBe(4000)
    expect(refusing.map(c => c.options)).toEqual([{ imageOrientation: 'from-image' }])

    // A decoder that resized before turning the photo upright would swap the sides.
    const swapping = browserDecoder((options, upright) => options?.resizeWidth ? { width: options.resizeHeight!, height: options.resizeWidth } : upright, { width: 3000, height: 4000 })
    const bitmap = await decodeToFit(photo, 1600, async () => ({ width: 3000, height: 4000 }))
    expect(swapping[0].bitmap.closed).toBe(true)
    expect([bitmap.width, bitmap.height]).toEqual([3000, 4000])
  })

  it('decodes small photos and photos of unknown size as they are', async () => {
    const calls = browserDecoder(resizes, { width: 800, height: 600 })
    await decodeToFit(photo, 1600, async () => ({ width: 800, height: 600 }))
    await decodeToFit(photo, 1600, async () => {
      throw new Error('no size')
    })
    expect(calls.map(c => c.options)).toEqual([{ imageOrientation: 'from-image' }, { imageOrientation: 'from-image' }])
  })
})

describe('fittedSize', () => {
  it('shrinks the longest side to the limit and keeps the proportions', () => {
    expect(fittedSize(4032, 3024, 1600)).toEqual({ width: 1600, height: 1200 })
    expect(fittedSize(3024, 4032, 1600)).toEqual({ width: 1200, height: 1600 })
  })

  it('never enlarges a small photo', () => {
    expect(fittedSize(800, 600, 1600)).toEqual({ width: 800, height: 600 })
  })
})
