import { describe, expect, it } from 'vitest'
import { db } from './database'
import { forgetSession, readSession } from './identity'
import { readOutboxSummary } from './outboxSummaryRepository'
import { freshDevice, signIn, writeNotes } from '../../../tests/helpers/app/device'

const pushedSeqs = (pushes: Array<{ mutations: Array<{ seq: number }> }>) => pushes.flatMap(p => p.mutations.map(m => m.seq))

describe('sessions and the queue', () => {
  it('stops on 401, keeps everything, sends nothing more, and resumes after the same user signs in', async () => {
    const { server, api, engine } = await freshDevice()
    const first = await signIn(api, 'wang')
    await writeNotes(2)
    server.expireSessions()
    expect(await engine.syncNow()).toMatchObject({ problem: 'session-expired' })
    expect(await readSession()).toMatchObject({ expired: true, user: { id: 'user-wang' } })
    expect(await db.outbox.count()).toBe(2)

    await writeNotes(1)
    const callsBefore = server.calls.length
    expect(await engine.syncNow()).toMatchObject({ problem: 'session-expired' })
    expect(server.calls.length).toBe(callsBefore)

    const again = await signIn(api, 'wang')
    expect(again.clientId).toBe(first.clientId)
    expect(await engine.syncNow()).toMatchObject({ problem: null })
    expect(pushedSeqs(server.pushes)).toEqual([1, 2, 3])
    expect(await db.outbox.count()).toBe(0)
  })

  it('never sends one user\'s changes under another user; they wait, shown as someone else\'s', async () => {
    const { server, api, engine } = await freshDevice()
    const wang = await signIn(api, 'wang')
    await writeNotes(2)
    server.expireSessions()
    await engine.syncNow()

    const li = await signIn(api, 'li')
    expect(li.clientId).not.toBe(wang.clientId)
    await writeNotes(1)
    await engine.syncNow()
    expect(server.pushes.map(p => [p.clientId, p.mutations.map(m => m.seq)])).toEqual([[li.clientId, [1]]])
    const summary = await readOutboxSummary('user-li')
    expect(summary.pending).toBe(0)
    expect(summary.othersPending).toEqual({ 'user-wang': 2 })

    await signIn(api, 'wang')
    await engine.syncNow()
    expect(server.pushes.at(-1)).toMatchObject({ clientId: wang.clientId, mutations: [{ seq: 1 }, { seq: 2 }] })
    expect(await db.outbox.count()).toBe(0)
  })

  it('keeps unsent changes on sign-out and sends nothing while signed out', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    await writeNotes(2)
    await forgetSession()
    expect(await engine.syncNow()).toMatchObject({ problem: 'signed-out' })
    expect(server.pushes).toHaveLength(0)
    expect(await db.outbox.count()).toBe(2)
    expect((await readOutboxSummary(null)).othersPending).toEqual({ 'user-wang': 2 })
  })

  it('gives changes made while signed out to whoever signs in next, after their own', async () => {
    const { server, api, engine } = await freshDevice()
    const wang = await signIn(api, 'wang')
    await writeNotes(1)
    await engine.syncNow()
    await forgetSession()
    await writeNotes(2)
    await signIn(api, 'wang')
    await engine.syncNow()
    expect(server.pushes.map(p => [p.clientId, p.mutations.map(m => [m.seq, m.data.note])])).toEqual([
      [wang.clientId, [[1, 'note 1']]],
      [wang.clientId, [[2, 'note 1'], [3, 'note 2']]],
    ])
  })
})
