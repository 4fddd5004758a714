import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from './database'
import { addLinkEvidence, addPhotoEvidence, photoBlob, removeEvidence } from './evidenceRepository'
import { saveProgress } from './progressWrites'

const subject = { unit: '朱家角镇', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#1' }
const photo = {
  ref: { sha256: 'a'.repeat(64), mime: 'image/jpeg' as const, width: 1600, height: 1200, bytes: 4 },
  blob: new Blob([new Uint8Array([1, 2, 3, 4])], { type: 'image/jpeg' }),
  thumb: new Blob([new Uint8Array([1])], { type: 'image/jpeg' }),
}
const author = { caption: '', createdBy: 'u1' }

describe('evidence on the device', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  it('stores the photo bytes, the evidence record and its outbox entry together', async () => {
    const record = await addPhotoEvidence(subject, photo, author)
    expect(await db.evidence.get(record.id)).toMatchObject({ kind: 'photo', photo: photo.ref, url: null, ...subject })
    expect(await db.photos.get(photo.ref.sha256)).toMatchObject({ uploaded: 0, bytes: 4 })
    expect(await photoBlob(photo.ref.sha256, 'thumb')).toBeDefined()
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({ entity: 'evidence', id: record.id, op: 'put', data: record })
  })

  it('keeps one copy of a photo attached twice, with two evidence records', async () => {
    await addPhotoEvidence(subject, photo, author)
    await addPhotoEvidence({ ...subject, subject: 'p:1.1#2' }, photo, author)
    expect(await db.photos.count()).toBe(1)
    expect(await db.evidence.count()).toBe(2)
  })

  it('stores links and removes evidence through the outbox', async () => {
    const link = await addLinkEvidence(subject, 'https://www.shqp.gov.cn/a.html', { caption: '网站', createdBy: 'u1' })
    await removeEvidence(link.id)
    expect(await db.evidence.count()).toBe(0)
    expect((await db.outbox.toArray()).map(e => e.op)).toEqual(['put', 'delete'])
  })

  it('keeps nothing of a write that hits a full disk, and leaves earlier records intact', async () => {
    await saveProgress(subject, { status: 'done' })
    const full = vi.spyOn(db.evidence, 'add').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'))
    await expect(addPhotoEvidence(subject, photo, author)).rejects.toMatchObject({ name: expect.stringMatching(/QuotaExceededError/) })
    full.mockRestore()
    expect(await db.photos.count()).toBe(0)
    expect(await db.evidence.count()).toBe(0)
    expect(await db.outbox.count()).toBe(1)
    expect(await db.progress.count()).toBe(1)
  })
})
