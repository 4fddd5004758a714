// Cursors are commit-ordered: a reader that has pulled up to version v never later meets a
// change below v. On PostgreSQL, transactions really run side by side here; on SQLite the one
// writer connection serializes them, and the same assertions must hold.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../src/server/db/connect'
import type { Change, PushRequest } from '../../src/shared/sync/protocol'
import { createUser, type StoredUser } from '../../src/server/auth/users'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import { pullChanges } from '../../src/server/sync/pull'
import { applyPush } from '../../src/server/sync/push'
import type { WriteHooks } from '../../src/server/sync/applyMutations'
import { progressTarget, samplePlan, units } from '../helpers/serverFixtures'
import { TestDevice } from '../helpers/server'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

const plan = samplePlan()
let tdb: TestDatabase
let reader: Database
let coordinator: StoredUser
let nextIndex = 0

beforeAll(async () => {
  tdb = await createTestDatabase()
  reader = tdb.reopen()
  coordinator = (await createUser(tdb.database.db, { username: 'coordinator', displayName: '协调员', unit: units.office, role: 'coordinator', password: 'long enough password' }, Date.now())).user
})
afterAll(() => tdb.drop())

/** A push of `count` new progress records, each on its own checklist item. */
function newRecords(device: TestDevice, count: number): { request: PushRequest, ids: string[] } {
  const mutations = Array.from({ length: count }, () => {
    const index = nextIndex++
    const target = progressTarget(plan, `单位${index}`, 1, 1, index)
    return device.mutation('progress', target.id, 'patch', { ...target.keys, count: index })
  })
  return { request: device.batch(mutations), ids: mutations.map(m => m.id) }
}

function write(request: PushRequest, hooks?: WriteHooks) {
  return applyPush(tdb.database.db, new PlanCatalog(), coordinator, request, Date.now(), hooks)
}

/** A reader on its own connection that remembers its cursor, like a device. */
function makeReader() {
  let cursor = 0
  const seen: Change[] = []
  return {
    async pull(limit = 1000) {
      const page = await pullChanges(reader.db, new PlanCatalog(), coordinator, { cursor, limit, now: Date.now() })
      for (const change of page.changes)
        expect(Number(change.version)).toBeGreaterThan(cursor)
      seen.push(...page.changes)
      cursor = Number(page.cursor)
      return page
    },
    ids: () => new Set(seen.map(c => c.id)),
    count: () => seen.length,
    versionOf: (id: string) => Number(seen.findLast(c => c.id === id)?.version),
    get cursor() {
      return cursor
    },
  }
}

/** Starts a write that stops at `hook` inside its transaction; resolves once it is held there. */
async function heldWrite(request: PushRequest, hook: keyof WriteHooks) {
  let release!: () => void
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  let held!: () => void
  const reached = new Promise<void>((resolve) => {
    held = resolve
  })
  const done = write(request, { [hook]: async () => {
    held()
    await released
  } })
  await reached
  return { done, release }
}

const settled = async (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true, () => true), new Promise(resolve => setTimeout(() => resolve(false), ms))])

describe('commit-ordered cursors', () => {
  it('makes a writer that comes later wait while an earlier one holds its versions uncommitted', async () => {
    const watcher = makeReader()
    await watcher.pull()
    const first = newRecords(new TestDevice(), 3)
    const second = newRecords(new TestDevice(), 3)

    const firstWrite = await heldWrite(first.request, 'afterVersions')
    const secondWrite = write(second.request)
    expect(await settled(secondWrite, 300)).toBe(false)
    expect((await watcher.pull()).changes).toEqual([])

    firstWrite.release()
    await Promise.all([firstWrite.done, secondWrite])
    await watcher.pull()
    expect([...watcher.ids()]).toEqual(expect.arrayContaining([...first.ids, ...second.ids]))
    expect(Math.max(...first.ids.map(watcher.versionOf))).toBeLessThan(Math.min(...second.ids.map(watcher.versionOf)))
  })

  it('never lets a reader skip a change that commits after a later-started writer', async () => {
    const watcher = makeReader()
    await watcher.pull()
    const slow = newRecords(new TestDevice(), 2)
    const fast = newRecords(new TestDevice(), 2)

    // The slow writer has done all its work but has not taken versions yet.
    const slowWrite = await heldWrite(slow.request, 'beforeVersions')
    const fastWrite = write(fast.request)
    if (tdb.engine === 'postgres') {
      // Really concurrent: the fast writer commits while the slow one is still open.
      await fastWrite
      await watcher.pull()
      expect([...watcher.ids()]).toEqual(expect.arrayContaining(fast.ids))
      expect([...watcher.ids()]).not.toEqual(expect.arrayContaining(slow.ids.slice(0, 1)))
    }
    else {
      expect(await settled(fastWrite, 300)).toBe(false)
      await watcher.pull()
    }
    const cursorWhileOpen = watcher.cursor

    slowWrite.release()
    await Promise.all([slowWrite.done, fastWrite])
    await watcher.pull()
    expect([...watcher.ids()]).toEqual(expect.arrayContaining([...slow.ids, ...fast.ids]))
    for (const id of slow.ids)
      expect(watcher.versionOf(id)).toBeGreaterThan(cursorWhileOpen)
  })

  it('delivers every change exactly once to a reader polling during many concurrent writers', async () => {
    const watcher = makeReader()
    await watcher.pull()
    const written: string[] = []
    let writing = true
    const jitter = () => new Promise<void>(resolve => setTimeout(resolve, Math.random() * 4))
    const writers = Array.from({ length: 6 }, async () => {
      const device = new TestDevice()
      for (let push = 0; push < 12; push++) {
        const { request, ids } = newRecords(device, 4)
        await write(request, { beforeVersions: jitter, afterVersions: jitter })
        written.push(...ids)
      }
    })
    const polling = (async () => {
      while (writing) {
        await watcher.pull(7)
        // SQLite answers within microtasks; let the writers' timers run between pulls.
        await new Promise(resolve => setTimeout(resolve, 1))
      }
    })()
    await Promise.all(writers)
    writing = false
    await polling
    let page
    do page = await watcher.pull(7)
    while (page.more)

    const stream = watcher.ids()
    expect(written).toHaveLength(6 * 12 * 4)
    for (const id of written)
      expect(stream.has(id)).toBe(true)
    expect(watcher.count()).toBe(stream.size)
  })
})
