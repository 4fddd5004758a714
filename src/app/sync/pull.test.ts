import { describe, expect, it } from 'vitest'
import { db } from '../db/database'
import { readSession } from '../db/identity'
import { saveProgress } from '../db/progressWrites'
import { pullChanges } from './pull'
import { freshDevice, signIn, subject, writeNotes } from '../../../tests/helpers/app/device'

const idOf = (s: typeof subject) => `${s.unit}|${s.subject}`
const progress = (n: number, fields: Record<string, unknown> = {}) => {
  const s = { ...subject, subject: `p:1.1#${n}` }
  return [idOf(s), { ...s, id: idOf(s), status: 'done', note: `server ${n}`, count: 0, ...fields }] as const
}

describe('pulling changes', () => {
  it('writes pulled records, deletes tombstones and stores the cursor', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    server.putRecord('progress', ...progress(1))
    server.putRecord('progress', ...progress(2))
    server.putRecord('evidence', 'e1', { id: 'e1', ...subject, kind: 'link', photo: null, url: 'https://example.gov.cn/a', caption: '', createdAt: 1, createdBy: 'li' })
    expect(await engine.syncNow()).toMatchObject({ problem: null, pulled: 3 })
    expect(await db.progress.count()).toBe(2)
    expect(await db.evidence.get('e1')).toMatchObject({ url: 'https://example.gov.cn/a' })

    server.putRecord('progress', progress(1)[0], null)
    server.putRecord('evidence', 'e1', null)
    expect(await engine.syncNow()).toMatchObject({ pulled: 2 })
    expect(await db.progress.get(progress(1)[0])).toBeUndefined()
    expect(await db.evidence.count()).toBe(0)
    expect((await db.meta.get('sync:cursor'))?.value).toEqual({ userId: 'user-wang', cursor: '5' })
  })

  it('never overwrites a record whose local change is still waiting', async () => {
    const { server, api, clock } = await freshDevice()
    await signIn(api, 'wang')
    const [id, record] = progress(1)
    const [otherId, other] = progress(2)
    await saveProgress({ ...subject, subject: 'p:1.1#1' }, { note: '本机的修改' })
    server.putRecord('progress', id, { ...record, note: '服务器的值' })
    server.putRecord('progress', otherId, other)
    const ctx = { database: undefined, api, now: clock.now, isOnline: () => true, batchSize: 200, pullLimit: 500, yieldToPage: async () => {} }
    const { token } = (await readSession())!
    expect(await pullChanges(ctx, token, 'user-wang')).toBe(2)
    expect(await db.progress.get(id)).toMatchObject({ note: '本机的修改' })
    expect(await db.progress.get(otherId)).toMatchObject({ note: 'server 2' })
    expect(await db.outbox.count()).toBe(1)
  })

  it('splits a pulled plan into its plan and task rows', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    const task = { chapter: 1, item: 1, chapterTitle: '一', title: '开放日', text: '举办政府开放日', assignments: [{ leads: ['区政府办公室'], owners: [] }], due: null, deadline: null, targets: [], checklist: [] }
    server.putRecord('plan', 'plan-1', { id: 'plan-1', source: 's', title: '要点', year: 2025, issuer: '区政府办公室', docNumber: null, issuedOn: null, tasks: [task, { ...task, item: 2 }], warnings: [], bundled: false, importedAt: 1 })
    await engine.syncNow()
    expect(await db.plans.get('plan-1')).toMatchObject({ taskCount: 2, title: '要点' })
    expect((await db.tasks.where('planId').equals('plan-1').toArray()).map(t => t.id)).toEqual(['plan-1:1.1', 'plan-1:1.2'])
    server.putRecord('plan', 'plan-1', null)
    await engine.syncNow()
    expect(await db.plans.count()).toBe(0)
    expect(await db.tasks.count()).toBe(0)
  })

  it('applies a long page in chunks, handing the page back in between, with the cursor in each chunk', async () => {
    let yields = 0
    const { server, api, engine } = await freshDevice({ pullLimit: 1000, yieldToPage: async () => {
      yields++
      if (yields === 1)
        throw new Error('tab closed')
    } })
    await signIn(api, 'wang')
    for (let n = 1; n <= 600; n++)
      server.putRecord('progress', ...progress(n))
    expect(await engine.syncNow()).toMatchObject({ problem: 'device-error' })
    const { cursor } = (await db.meta.get('sync:cursor'))!.value as { cursor: string }
    const stored = await db.progress.count()
    expect(stored).toBeGreaterThan(0)
    expect(stored).toBeLessThan(600)
    expect(cursor).toBe(String(stored))
    expect(await engine.syncNow()).toMatchObject({ problem: null, pulled: 600 - stored })
    expect(await db.progress.count()).toBe(600)
  })

  it('starts over for another user, keeping only records with changes still waiting', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    server.putRecord('progress', ...progress(1))
    await engine.syncNow()
    server.expireSessions()
    await writeNotes(1, { ...subject, subject: 'p:1.1#9' })
    await engine.syncNow()
    await signIn(api, 'li')
    await engine.syncNow()
    expect((await db.progress.toArray()).map(r => r.subject)).toEqual(['p:1.1#9'])
    expect((await db.meta.get('sync:cursor'))?.value).toMatchObject({ userId: 'user-li' })
  })

  it('re-reads a record whose push was answered only as a duplicate', async () => {
    const { server, api, engine } = await freshDevice()
    const { clientId } = await signIn(api, 'wang')
    const [id] = progress(1)
    server.putRecord('progress', id, { ...progress(1)[1], note: '另一台手机' })
    await engine.syncNow()
    // The answer to this push was lost once; the resend hears only "duplicate", and the
    // server's value did not change, so no later pull would ever bring it back.
    await saveProgress(subject, { note: '第二次' })
    server.verdicts.set(`${clientId}:1`, { status: 'duplicate' })
    const before = server.pullCursors.length
    expect(await engine.syncNow()).toMatchObject({ problem: null, pulled: 0 })
    expect(server.pullCursors.slice(before)).toEqual(['1', '0'])
    expect(await db.progress.get(id)).toMatchObject({ note: '另一台手机' })
    expect((await db.meta.get('sync:refresh'))?.value).toEqual([])
  })

  it('does not read everything again when the unsure record comes back in the normal pull', async () => {
    const { server, api, engine } = await freshDevice()
    const { clientId } = await signIn(api, 'wang')
    const [id, record] = progress(1)
    server.putRecord('progress', id, { ...record, note: '另一台手机' })
    await engine.syncNow()
    await saveProgress(subject, { note: '第二次' })
    server.verdicts.set(`${clientId}:1`, { status: 'duplicate' })
    server.putRecord('progress', id, { note: '更晚的修改' })
    const before = server.pullCursors.length
    await engine.syncNow()
    expect(server.pullCursors.slice(before)).toEqual(['1'])
    expect(await db.progress.get(id)).toMatchObject({ note: '更晚的修改' })
    expect((await db.meta.get('sync:refresh'))?.value).toEqual([])
  })
})
