// The engine's promises about people and refusals, against the real server on both engines:
// a refused change never blocks the queue and is never resent; an expired session stops the
// queue until the same person signs in again; another person never sends it.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { revokeUserSessions } from '../../src/server/auth/sessions'
import { createUser } from '../../src/server/auth/users'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import { putAsServer } from '../../src/server/sync/serverWrites'
import { checklistItemIdOf, taskIdOf } from '../../src/shared/plan/identity'
import { samplePlan, units } from '../helpers/serverFixtures'
import { type ServerUnderTest, startServerUnderTest } from './serverUnderTest'
import { SimulatedPhone, type Subject } from './simulatedPhone'
import { WriteLog } from './writeLog'

const plan = samplePlan()
// Task 1.1 is led by 区生态环境局, task 2.1 by 区教育局 and owned by every bureau (各部门).
const item = (unit: string, chapter: number, item: number, index = 0): Subject => {
  const taskId = taskIdOf(plan.id, { chapter, item })
  return { unit, planId: plan.id, taskId, subject: checklistItemIdOf(taskId, index) }
}
const ecologyItem = item(units.ecology, 1, 1)
const password = 'correct horse battery'
let server: ServerUnderTest
const userIds: Record<string, string> = {}

function newPhone(name: string) {
  return new SimulatedPhone(name, 0, server.fetchFor(() => 'none'), Date.now, new WriteLog())
}

async function serverNote(id: string) {
  const row = await server.tdb.database.db.selectFrom('records').select('data').where('entity', '=', 'progress').where('id', '=', id).executeTakeFirst()
  return row && JSON.parse(row.data).note
}

beforeAll(async () => {
  server = await startServerUnderTest(Date.now)
  await putAsServer(server.tdb.database.db, new PlanCatalog(), 'plan', [plan], Date.now())
  for (const [username, unit] of [['wang', units.ecology], ['zhao', units.ecology], ['li', units.education]])
    userIds[username] = (await createUser(server.tdb.database.db, { username, displayName: username, unit, role: 'staff', password }, Date.now())).user.id
})
afterAll(() => server.close())

describe('refused changes', () => {
  it('keeps each with the server\'s reason, sends the rest, and never sends them again', async () => {
    const phone = newPhone('refusals')
    await phone.signIn('wang', password)
    await phone.patchProgress(ecologyItem, { note: '第一条' }, Date.now())
    await phone.patchProgress({ ...ecologyItem, unit: units.education }, { note: '别的单位' }, Date.now())
    await phone.patchProgress({ ...ecologyItem, subject: 'x'.repeat(300) }, { note: '编号过长' }, Date.now())
    await phone.patchProgress(ecologyItem, { note: '最后一条' }, Date.now())

    expect(await phone.engine.syncNow()).toMatchObject({ problem: null, pushed: { acknowledged: 2, rejected: 2 } })
    const refused = await phone.db.outbox.toArray()
    expect(refused.map(e => [e.seq, e.rejected?.code])).toEqual([[2, 'forbidden'], [3, 'invalid']])
    expect(refused[0].rejected?.reason).toContain(units.ecology)
    expect(refused[1].rejected?.reason).toMatch(/mutations\.\d+\.id/)
    expect(await serverNote(`${units.ecology}|${ecologyItem.subject}`)).toBe('最后一条')

    expect(await phone.engine.syncNow()).toMatchObject({ problem: null, pushed: { acknowledged: 0, rejected: 0 } })
    expect(await phone.db.outbox.count()).toBe(2)
  })
})

describe('sessions', () => {
  it('waits while the session is revoked and sends after the same person signs in again', async () => {
    const phone = newPhone('revoked')
    await phone.signIn('zhao', password)
    await revokeUserSessions(server.tdb.database.db, userIds.zhao, Date.now())
    await phone.patchProgress(item(units.ecology, 2, 1), { note: '撤销期间记录' }, Date.now())
    expect(await phone.engine.syncNow()).toMatchObject({ problem: 'session-expired' })
    expect(await phone.db.outbox.count()).toBe(1)

    await phone.signIn('zhao', password)
    expect(await phone.engine.syncNow()).toMatchObject({ problem: null, pushed: { acknowledged: 1, rejected: 0 } })
    expect(await serverNote(`${units.ecology}|${item(units.ecology, 2, 1).subject}`)).toBe('撤销期间记录')
  })

  it('never sends one person\'s waiting changes when another signs in on the same phone', async () => {
    const phone = newPhone('shared')
    await phone.signIn('wang', password)
    const waiting = item(units.ecology, 1, 1, 2)
    await phone.patchProgress(waiting, { note: '王的修改' }, Date.now())
    await revokeUserSessions(server.tdb.database.db, userIds.wang, Date.now())
    await phone.engine.syncNow()

    await phone.signIn('li', password)
    const own = item(units.education, 2, 1)
    await phone.patchProgress(own, { note: '李的修改' }, Date.now())
    expect(await phone.engine.syncNow()).toMatchObject({ problem: null, pushed: { acknowledged: 1, rejected: 0 } })
    expect(await serverNote(`${units.education}|${own.subject}`)).toBe('李的修改')
    expect(await serverNote(`${units.ecology}|${waiting.subject}`)).toBeUndefined()
    expect((await phone.db.outbox.toArray()).map(e => [e.userId, e.data.note])).toEqual([[userIds.wang, '王的修改']])

    await phone.signIn('wang', password)
    expect(await phone.engine.syncNow()).toMatchObject({ problem: null, pushed: { acknowledged: 1, rejected: 0 } })
    expect(await serverNote(`${units.ecology}|${waiting.subject}`)).toBe('王的修改')
  })
})
