import type { PhotoRef } from '../../shared/records/evidence'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from './database'
import { readWriterIdentity } from './identity'
import { recordFeedback } from './feedbackRecording'
import { InvalidRecordError } from './recordWrites'
import { feedback } from '../../../tests/shared/feedback/fixtures'

const photoRef: PhotoRef = { sha256: 'a'.repeat(64), mime: 'image/jpeg', width: 800, height: 600, bytes: 1200 }

describe('recording a feedback item', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(t => t.clear()))
  })

  it('stores the item and queues it as a put, numbered after the last change', async () => {
    const identity = await readWriterIdentity()
    const first = feedback({ id: '01900000-0000-7000-8000-000000000001' })
    const second = feedback({ id: '01900000-0000-7000-8000-000000000002', content: '停车位太少' })
    await recordFeedback(first, null)
    expect((await recordFeedback(second, null)).row).toEqual(second)
    expect(await db.feedback.get(second.id)).toEqual(second)
    const entries = await db.outbox.orderBy('localId').toArray()
    expect(entries.map(e => [e.entity, e.id, e.op, e.seq, e.clientId])).toEqual([
      ['feedback', first.id, 'put', 1, identity.clientId],
      ['feedback', second.id, 'put', 2, identity.clientId],
    ])
    expect(entries[1].data).toEqual(second)
  })

  it('stores a photographed card\'s bytes with the item', async () => {
    const item = feedback({ photo: photoRef })
    const blob = new Blob(['jpeg'])
    await recordFeedback(item, { ref: photoRef, blob, thumb: blob })
    expect(await db.feedback.get(item.id)).toEqual(item)
    expect(await db.photos.get(photoRef.sha256)).toMatchObject({ ...photoRef, uploaded: 0 })
    expect((await db.outbox.toArray()).map(e => [e.entity, e.op])).toEqual([['feedback', 'put']])
  })

  it('refuses an item that does not fit its schema, and stores nothing', async () => {
    await readWriterIdentity()
    await expect(recordFeedback(feedback({ content: '' }), null)).rejects.toBeInstanceOf(InvalidRecordError)
    expect(await db.feedback.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
  })
})
