import type { PullResponse } from '../../shared/sync/protocol'
import type { DirectoryResponse } from '../../shared/api/directory'
import { describe, expect, it, vi } from 'vitest'
import { db } from '../db/database'
import { readSession } from '../db/identity'
import { saveProgress } from '../db/progressWrites'
import { freshDevice, otherSubject, signIn, subject } from '../../../tests/helpers/app/device'

const record = (s: typeof subject, note: string) => ({ ...s, id: `${s.unit}|${s.subject}`, status: 'done' as const, note, count: 0 })

describe('a pull the server answers with reset', () => {
  it('drops the pulled records, keeps the unsent change and pulls everything again from 0', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    const kept = record(subject, '服务器的值')
    server.putRecord('progress', kept.id, kept)
    await engine.syncNow()
    // A record this user could read before, which the server will no longer send.
    await db.progress.put(record({ ...subject, subject: 'p:9.9#1' }, '已无权查看'))
    await saveProgress(otherSubject, { note: '尚未发送' })
    const pull = api.pull
    let resets = 0
    api.pull = async (token, cursor, limit): Promise<PullResponse> => {
      if (cursor !== '0' && resets === 0) {
        resets++
        return { changes: [], cursor: '0', more: true, serverTime: Date.now(), reset: true }
      }
      return pull(token, cursor, limit)
    }
    const before = server.pullCursors.length
    await engine.syncNow()
    expect(resets).toBe(1)
    expect(server.pullCursors.slice(before)).toContain('0')
    expect(await db.progress.get('区政府办公室|p:9.9#1')).toBeUndefined()
    expect(await db.progress.get(kept.id)).toMatchObject({ note: '服务器的值' })
    expect(await db.progress.get(`${otherSubject.unit}|${otherSubject.subject}`)).toMatchObject({ note: '尚未发送' })
  })
})

describe('the directory on the device', () => {
  it('is fetched when the server\'s version differs, and only then', async () => {
    const { api, engine } = await freshDevice()
    await signIn(api, 'wang')
    const response: DirectoryResponse = {
      version: 7,
      unitId: '区数据局',
      organizationId: '青浦区人民政府',
      nodes: [
        { id: '青浦区人民政府', name: '青浦区人民政府', parentId: null, kind: 'organization', shortNames: [], aliases: [], order: 0, retired: false },
        { id: '区数据局', name: '青浦区数据局', parentId: '青浦区人民政府', kind: 'department', shortNames: [], aliases: [], order: 1, retired: false },
      ],
    }
    const directory = vi.fn(async () => response)
    api.directory = directory
    const pull = api.pull
    api.pull = async (token, cursor, limit) => ({ ...await pull(token, cursor, limit), directoryVersion: 7 })
    await engine.syncNow()
    await engine.syncNow()
    expect(directory).toHaveBeenCalledTimes(1)
    expect((await db.directory.get('区数据局'))?.name).toBe('青浦区数据局')
  })

  it('moves a session that named its unit by name onto the node the server names', async () => {
    const { api, engine } = await freshDevice()
    await signIn(api, 'wang')
    const session = (await readSession())!
    api.directory = async () => ({ version: 1, unitId: '区数据局', organizationId: null, nodes: [] })
    const pull = api.pull
    api.pull = async (token, cursor, limit) => ({ ...await pull(token, cursor, limit), directoryVersion: 1 })
    await engine.syncNow()
    expect((await readSession())?.user).toEqual({ ...session.user, unit: '区数据局' })
  })
})
