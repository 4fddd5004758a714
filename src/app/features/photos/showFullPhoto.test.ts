import { afterEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { db } from '../../db/database'
import { showFullPhoto } from './showFullPhoto'

async function viewerShown(): Promise<HTMLElement> {
  for (let i = 0; i < 20 && !document.querySelector('.van-image-preview'); i++)
    await new Promise(resolve => setTimeout(resolve, 10))
  await nextTick()
  return document.querySelector<HTMLElement>('.van-image-preview')!
}

describe('the full-size photo viewer', () => {
  // fake-indexeddb hands back a stored Blob as a plain object, which happy-dom's URL refuses.
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:photo')
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined)

  afterEach(async () => {
    document.body.innerHTML = ''
    await db.photos.clear()
  })

  it('shows one photo without a "1 / 1" counter, on an opaque backdrop so no page title shows through', async () => {
    await db.photos.put({ sha256: 'a'.repeat(64), blob: new Blob(['full'], { type: 'image/jpeg' }), thumb: new Blob(['t']), mime: 'image/jpeg', width: 4, height: 3, bytes: 4, uploaded: 1 })
    await showFullPhoto('a'.repeat(64))
    const viewer = await viewerShown()
    expect(viewer).not.toBeNull()
    expect(viewer.querySelector('.van-image-preview__index')).toBeNull()
    expect(document.body.textContent).not.toMatch(/1\s*\/\s*1/)
    expect(document.querySelector<HTMLElement>('.van-image-preview__overlay')!.style.background).toMatch(/#000|rgb\(0, 0, 0\)/)
  })

  it('shows nothing for a photo this device does not hold', async () => {
    await showFullPhoto('b'.repeat(64))
    await nextTick()
    expect(document.querySelector('.van-image-preview')).toBeNull()
  })
})
