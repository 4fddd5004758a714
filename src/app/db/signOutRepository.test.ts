import { describe, expect, it } from 'vitest'
import { db } from './database'
import { forgetSession, readSession } from './identity'
import { countUnsentOf, forgetUserData } from './signOutRepository'
import { freshDevice, signIn, writeNotes } from '../../../tests/helpers/app/device'

const photo = (sha256: string) => ({ sha256, blob: new Blob(['x']), thumb: new Blob(['t']), mime: 'image/jpeg', width: 1, height: 1, bytes: 1, uploaded: 0 as const })

describe('signing out on a shared phone', () => {
  it('removes the leaving user\'s records, queue, photos, session and sync position, and keeps another user\'s waiting changes', async () => {
    const { api } = await freshDevice()
    await signIn(api, 'li')
    await writeNotes(1)
    await db.outbox.toCollection().modify((row) => {
      row.data = { ...row.data, photo: { sha256: 'li-photo' } }
    })
    await forgetSession()

    await signIn(api, 'wang')
    await writeNotes(2)
    await db.photos.bulkPut([photo('li-photo'), photo('wang-photo')])
    await db.meta.put({ key: 'sync:cursor', value: { userId: 'user-wang', cursor: '42' } })
    await db.directory.put({ id: '区数据局', name: '区数据局', parentId: '青浦区人民政府', kind: 'department', shortNames: [], aliases: [], order: 1, retired: false })
    expect(await countUnsentOf('user-wang')).toBe(2)

    await forgetUserData('user-wang')

    expect(await db.progress.count()).toBe(0)
    expect(await db.plans.count()).toBe(0)
    expect(await db.directory.count()).toBe(0)
    expect((await db.outbox.toArray()).map(row => row.userId)).toEqual(['user-li'])
    expect(await db.photos.toCollection().primaryKeys()).toEqual(['li-photo'])
    expect(await readSession()).toBeNull()
    const keys = await db.meta.toCollection().primaryKeys()
    expect(keys).not.toContain('sync:cursor')
    expect(keys).not.toContain('user:user-wang')
    expect(keys).toContain('user:user-li')
    expect(keys.filter(key => key.startsWith('seq:')).length).toBe(2)
  })

  it('counts refused changes and changes made before signing in as the leaving user\'s', async () => {
    const { api } = await freshDevice()
    await writeNotes(1)
    await signIn(api, 'wang')
    await db.outbox.toCollection().modify((row) => {
      row.rejected = { reason: 'no', code: 'forbidden' }
    })
    await writeNotes(1)
    expect(await countUnsentOf('user-wang')).toBe(2)
    expect(await countUnsentOf('user-li')).toBe(1)
  })
})
