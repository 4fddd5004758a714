import { describe, expect, it } from 'vitest'
import { AppDB } from '../db/database'
import { onOutboxWritten, transactWithOutbox } from '../db/outbox'
import { buildUnsentExport, unsentExportFile } from './exportUnsent'
import { uploaderLock } from './uploaderLock'

describe('the uploader lock', () => {
  it('asks the browser for one exclusive lock per device', async () => {
    const requests: Array<[string, LockOptions]> = []
    const locks = { request: (name: string, options: LockOptions, work: () => Promise<unknown>) => {
      requests.push([name, options])
      return work()
    } } as unknown as LockManager
    expect(await uploaderLock('kaifangri-sync', locks).run(async () => 42)).toBe(42)
    expect(requests).toEqual([['kaifangri-sync', { mode: 'exclusive' }]])
  })

  it('without Web Locks, still runs one sync at a time in this tab', async () => {
    const lock = uploaderLock('x', undefined)
    const order: string[] = []
    const slow = lock.run(async () => {
      order.push('first starts')
      await new Promise(resolve => setTimeout(resolve, 20))
      order.push('first ends')
      throw new Error('failed')
    })
    const next = lock.run(async () => order.push('second'))
    await expect(slow).rejects.toThrow('failed')
    await next
    expect(order).toEqual(['first starts', 'first ends', 'second'])
  })
})

describe('the outbox on any device database', () => {
  it('writes to the database its tables belong to and tells the engine', async () => {
    const phone = new AppDB(`other-phone-${Date.now()}`)
    const heard: AppDB[] = []
    const stop = onOutboxWritten(database => heard.push(database))
    await transactWithOutbox([phone.progress], enqueue => enqueue('progress', 'u|s', 'patch', { note: 'x' }))
    stop()
    expect(await phone.outbox.toArray()).toMatchObject([{ seq: 1, id: 'u|s' }])
    expect(heard).toEqual([phone])
    phone.close()
  })
})

describe('the export of unsent changes', () => {
  it('carries the queued entries, their records and the photos as base64 in one JSON file', async () => {
    const bytes = new Uint8Array([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3])
    const entry = { localId: 1, seq: 1, entity: 'evidence' as const, id: 'e1', op: 'put' as const, data: {}, at: 1, clientId: 'c', userId: 'u', createdAt: 1, attempts: 0, lastError: null, rejected: null }
    const photo = { sha256: 'a'.repeat(64), blob: new Blob([bytes]), thumb: new Blob([]), mime: 'image/jpeg', width: 2, height: 1, bytes: 7, uploaded: 0 as const }
    const content = await buildUnsentExport({ entries: [entry], progress: [], evidence: [], records: {}, photos: [photo] }, 'wang', new Date('2025-06-02T08:30:00Z'))
    expect(content).toMatchObject({ format: 'kaifangri-unsent/1', exportedBy: 'wang', entries: [entry] })
    expect(Uint8Array.from(atob(content.photos[0].base64), c => c.charCodeAt(0))).toEqual(bytes)
    const file = unsentExportFile(content)
    expect(file.name).toBe('kaifangri-unsent-202506020830.json')
    expect(JSON.parse(await file.text())).toEqual(JSON.parse(JSON.stringify(content)))
  })
})
