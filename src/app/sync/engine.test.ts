import type { SyncEngine } from './engine'
import { describe, expect, it } from 'vitest'
import { db } from '../db/database'
import { backoffDelay } from './backoff'
import { adoptSession, markPasswordChanged } from '../db/identity'
import { freshDevice, signIn, writeNotes } from '../../../tests/helpers/app/device'

/** Resolves once the sync a trigger started (if any) has finished. */
function untilIdle(engine: SyncEngine): Promise<void> {
  return new Promise((resolve) => {
    if (!engine.status.running)
      return resolve()
    const stop = engine.subscribe((status) => {
      if (!status.running) {
        stop()
        resolve()
      }
    })
  })
}
const pushCount = (calls: string[]) => calls.filter(c => c === 'POST /api/sync/push').length

describe('when the engine syncs', () => {
  it('backs off exponentially with jitter, and starts over after a success', async () => {
    const { server, api, engine, clock } = await freshDevice()
    await signIn(api, 'wang')
    server.failNext('network', 'network', 'network')
    await engine.syncNow()
    expect(engine.status).toMatchObject({ problem: 'unreachable', failures: 1 })
    expect(clock.waiting()).toEqual([1_500])
    clock.advance(1_500)
    await untilIdle(engine)
    expect(engine.status.failures).toBe(2)
    expect(clock.waiting()).toEqual([3_000])
    clock.advance(3_000)
    await untilIdle(engine)
    expect(clock.waiting()).toEqual([6_000])
    clock.advance(6_000)
    await untilIdle(engine)
    expect(engine.status).toMatchObject({ problem: null, failures: 0, retryAt: null })
    expect(clock.waiting()).toEqual([])
  })

  it('spreads retries between half and all of the doubled delay, up to five minutes', () => {
    expect(backoffDelay(1, () => 0)).toBe(1_000)
    expect(backoffDelay(1, () => 1)).toBe(2_000)
    expect(backoffDelay(4, () => 0.5)).toBe(12_000)
    expect(backoffDelay(30, () => 1)).toBe(300_000)
  })

  it('sends a burst of local writes once, a little after the last one', async () => {
    const { server, api, engine, clock } = await freshDevice()
    await signIn(api, 'wang')
    engine.start()
    await untilIdle(engine)
    await writeNotes(3)
    expect(pushCount(server.calls)).toBe(0)
    clock.advance(1_999)
    await untilIdle(engine)
    expect(pushCount(server.calls)).toBe(0)
    clock.advance(1)
    await untilIdle(engine)
    expect(pushCount(server.calls)).toBe(1)
    expect(server.pushes[0].mutations).toHaveLength(3)
    engine.stop()
  })

  it('does not retry on local writes before the backoff delay has passed', async () => {
    const { server, api, engine, clock } = await freshDevice({ backoff: { baseMs: 60_000, maxMs: 60_000 } })
    await signIn(api, 'wang')
    server.failNext('network')
    engine.start()
    await untilIdle(engine)
    expect(engine.status.problem).toBe('unreachable')
    await writeNotes(1)
    clock.advance(2_000)
    await untilIdle(engine)
    expect(server.calls.filter(c => c.includes('/sync/'))).toHaveLength(1)
    clock.advance(43_000)
    await untilIdle(engine)
    expect(pushCount(server.calls)).toBe(1)
    engine.stop()
  })

  it('syncs when the network returns and when the app comes back to the foreground', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    engine.start()
    await untilIdle(engine)
    const pulls = () => server.calls.filter(c => c.includes('pull')).length
    expect(pulls()).toBe(1)
    window.dispatchEvent(new Event('online'))
    await untilIdle(engine)
    expect(pulls()).toBe(2)
    document.dispatchEvent(new Event('visibilitychange'))
    await untilIdle(engine)
    expect(pulls()).toBe(3)
    engine.stop()
    window.dispatchEvent(new Event('online'))
    await untilIdle(engine)
    expect(pulls()).toBe(3)
  })

  it('syncs every minute while open', async () => {
    const { server, api, engine, clock } = await freshDevice()
    await signIn(api, 'wang')
    engine.start()
    await untilIdle(engine)
    clock.advance(60_000)
    await untilIdle(engine)
    clock.advance(60_000)
    await untilIdle(engine)
    expect(server.calls.filter(c => c.includes('pull'))).toHaveLength(3)
    engine.stop()
  })

  it('runs one sync at a time and follows a running one with exactly one more', async () => {
    const { server, api, engine } = await freshDevice()
    await signIn(api, 'wang')
    await writeNotes(1)
    const first = engine.syncNow()
    const second = engine.syncNow()
    const third = engine.syncNow()
    expect(second).toBe(third)
    await Promise.all([first, second])
    expect(server.calls.filter(c => c.includes('pull'))).toHaveLength(2)
    expect(await db.outbox.count()).toBe(0)
  })

  it('asks for a background sync when changes wait without a network', async () => {
    let requested = 0
    const { server, api, engine } = await freshDevice({ isOnline: () => false, requestBackgroundSync: () => requested++ })
    await signIn(api, 'wang')
    server.failNext('network')
    expect(await engine.syncNow()).toMatchObject({ problem: 'offline' })
    expect(requested).toBe(1)
    engine.notifyLocalWrite()
    expect(requested).toBe(2)
  })

  it('holds the changes of a one-time password, saying so without retrying, until the person sets their own', async () => {
    const { server, api, engine, clock } = await freshDevice()
    const login = await api.login({ username: 'wang', password: 'pw-wang' })
    await adoptSession({ ...login, user: { ...login.user, mustChangePassword: true } })
    await writeNotes(2)
    expect(await engine.syncNow()).toMatchObject({ problem: 'password-change' })
    expect(engine.status).toMatchObject({ problem: 'password-change', failures: 0, retryAt: null })
    expect(pushCount(server.calls)).toBe(0)
    expect(clock.waiting()).toEqual([])
    await markPasswordChanged()
    expect(await engine.syncNow()).toMatchObject({ problem: null, pushed: { acknowledged: 2 } })
  })
})
