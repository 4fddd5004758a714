import type { PhotoRow } from './schema'
import type { ZodObject } from 'zod'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from './database'
import { addPhotoEvidence, removeEvidence } from './evidenceRepository'
import { cachePhoto, photoCitingEntities, pruneUnreferencedPhotos } from './photoCacheRepository'
import { entities } from '../../shared/records'
import { freshDevice, signIn, subject } from '../../../tests/helpers/app/device'

const hash = (c: string) => c.repeat(64)
const ref = (c: string) => ({ sha256: hash(c), mime: 'image/jpeg' as const, width: 1600, height: 1200, bytes: 3 })
const photoRow = (c: string, uploaded: 0 | 1): PhotoRow => ({ ...ref(c), blob: new Blob(['abc']), thumb: new Blob(['a']), uploaded })
const evidenceOf = (id: string, c: string) => ({ id, ...subject, kind: 'photo' as const, photo: ref(c), url: null, caption: '', createdAt: 1, createdBy: 'u' })

describe('photos kept on the device', () => {
  beforeEach(() => Promise.all(db.tables.map(t => t.clear())))

  it('keeps a photo fetched from the server as already uploaded, never over one taken here', async () => {
    await db.photos.put(photoRow('a', 0))
    await cachePhoto({ ...ref('a'), bytes: 5, blob: new Blob(['other']), thumb: new Blob(['o']) })
    await cachePhoto({ ...ref('b'), bytes: 5, blob: new Blob(['bytes']), thumb: new Blob(['b']) })
    expect((await db.photos.toArray()).map(p => [p.sha256[0], p.uploaded, p.bytes])).toEqual([['a', 0, 3], ['b', 1, 5]])
  })

  it('frees uploaded photos nothing cites, and keeps every photo still cited or not yet uploaded', async () => {
    await db.photos.bulkPut([photoRow('a', 1), photoRow('b', 1), photoRow('c', 0), photoRow('d', 1), photoRow('e', 1), photoRow('f', 1)])
    await db.evidence.put(evidenceOf('0190a5b2-0000-7000-8000-000000000001', 'a'))
    await db.outbox.add({ seq: 1, entity: 'evidence', id: 'x', op: 'put', data: { photo: ref('d') }, at: 1, clientId: 'c', userId: 'u', createdAt: 1, attempts: 0, lastError: 'refused', rejected: { code: 'invalid', reason: 'refused' } })
    await db.eventPhotos.put({ id: '0190a5b2-0000-7000-8000-000000000002', eventId: '0190a5b2-0000-7000-8000-000000000003', unit: '区政府办公室', photo: ref('e'), caption: '', takenAt: 1, createdBy: 'u' })
    await db.feedback.put({ id: 'fb', photo: ref('f') } as never)
    expect(await pruneUnreferencedPhotos()).toBe(1)
    expect((await db.photos.toCollection().primaryKeys()).map(sha => sha[0]).sort()).toEqual(['a', 'c', 'd', 'e', 'f'])
  })

  it('knows every entity whose records cite a photo', () => {
    const citing = Object.entries(entities).filter(([, definition]) => 'photo' in (definition.record as unknown as ZodObject).shape).map(([name]) => name)
    expect([...photoCitingEntities].sort()).toEqual(citing.sort())
  })
})

describe('freeing space after sync', () => {
  it('drops a photo once it is uploaded and its evidence removed and sent', async () => {
    const { api, engine, server } = await freshDevice()
    await signIn(api, 'wang')
    const photo = { ref: ref('9'), blob: new Blob(['abc']), thumb: new Blob(['a']) }
    const evidence = await addPhotoEvidence(subject, photo, { caption: '', createdBy: 'user-wang' })
    const kept = await addPhotoEvidence({ ...subject, subject: `${subject.taskId}#2` }, { ...photo, ref: ref('8') }, { caption: '', createdBy: 'user-wang' })
    await engine.syncNow()
    expect([...server.photos.keys()].sort()).toEqual([hash('8'), hash('9')])
    expect(await db.photos.count()).toBe(2)

    await removeEvidence(evidence.id)
    expect(await db.photos.count()).toBe(2)
    await engine.syncNow()
    expect((await db.photos.toCollection().primaryKeys())).toEqual([kept.photo!.sha256])
  })
})
