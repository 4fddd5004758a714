// The seeded randomised convergence test: five phones of three kinds of user edit the same
// checklist items and attach evidence, against the real server on SQLite or PostgreSQL,
// through a network that loses requests and answers, sends twice and crashes the server
// mid-batch. After quiescence everyone must agree, and every write must be accounted for.
// Replay a failure with SYNC_SEED=<seed>.
import 'fake-indexeddb/auto'
import { afterAll, expect, it, vi } from 'vitest'
import { createUser } from '../../src/server/auth/users'
import { revokeUserSessions } from '../../src/server/auth/sessions'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import { putAsServer } from '../../src/server/sync/serverWrites'
import { checklistItemIdOf, taskIdOf } from '../../src/shared/plan/identity'
import { samplePlan, units } from '../helpers/serverFixtures'
import { testEngine } from '../helpers/testDatabase'
import { type Fault, type ServerUnderTest, startServerUnderTest } from './serverUnderTest'
import { SimulatedPhone, type Subject } from './simulatedPhone'
import { checkConvergence } from './convergenceChecks'
import { seededRandom, WriteLog } from './writeLog'

const seed = Number(process.env.SYNC_SEED ?? 20_251_125)
const rounds = 24
const random = seededRandom(seed)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]

// One logical clock for the whole world; phones see it through their own skew. It only moves
// between operations, so a push's clock-skew correction maps each write back to its true time.
const world = { time: Date.UTC(2025, 5, 2, 1), skew: 0 }
vi.spyOn(Date, 'now').mockImplementation(() => world.time + world.skew)

const faultKinds: Fault[] = ['request-lost', 'response-lost', 'duplicated', 'crash-mid-batch']
const faultsSeen = new Map<Fault, number>()
let faultRate = 0
function nextFault(): Fault {
  const fault = random() < faultRate ? pick(faultKinds) : 'none'
  faultsSeen.set(fault, (faultsSeen.get(fault) ?? 0) + 1)
  return fault
}

const plan = samplePlan()
const task = taskIdOf(plan.id, { chapter: 1, item: 1 })
const subjects = (unit: string): Subject[] => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map(i => ({ unit, planId: plan.id, taskId: task, subject: checklistItemIdOf(task, i) }))

let server: ServerUnderTest
afterAll(async () => {
  await server?.close()
  vi.restoreAllMocks()
})

it(`converges under faults on ${testEngine()} (seed ${seed})`, async () => {
  server = await startServerUnderTest(() => world.time)
  const db = server.tdb.database.db
  await putAsServer(db, new PlanCatalog(), 'plan', [plan], world.time)
  const accounts = {
    ecoA: { unit: units.ecology, role: 'staff' as const },
    ecoB: { unit: units.ecology, role: 'staff' as const },
    office: { unit: units.office, role: 'staff' as const },
    coordinator: { unit: units.office, role: 'coordinator' as const },
  }
  const userIds: Record<string, string> = {}
  for (const [username, account] of Object.entries(accounts))
    userIds[username] = (await createUser(db, { username, displayName: username, password: `${username}-password`, ...account }, world.time)).user.id

  const log = new WriteLog()
  const fetch = server.fetchFor(nextFault)
  const phones = [
    { phone: new SimulatedPhone('ecoA-1', 0, fetch, () => world.time, log), username: 'ecoA', writes: [units.ecology] },
    { phone: new SimulatedPhone('ecoB', 90_000, fetch, () => world.time, log), username: 'ecoB', writes: [units.ecology] },
    { phone: new SimulatedPhone('ecoA-2', -300_000, fetch, () => world.time, log), username: 'ecoA', writes: [units.ecology] },
    { phone: new SimulatedPhone('office', 7_200_000, fetch, () => world.time, log), username: 'office', writes: [units.office] },
    { phone: new SimulatedPhone('coordinator', -86_400_000, fetch, () => world.time, log), username: 'coordinator', writes: [units.ecology, units.office] },
  ]
  for (const { phone, username } of phones)
    await phone.signIn(username, `${username}-password`)

  let n = 0
  async function randomEdit(phone: SimulatedPhone, writes: string[], clockMoves = true): Promise<void> {
    if (clockMoves)
      world.time += 1 + Math.floor(random() * 40)
    world.skew = phone.skewMs
    try {
      const target = pick(subjects(pick(writes)))
      const roll = random()
      n++
      if (roll < 0.2)
        await phone.patchProgress(target, { status: pick(['done', 'todo', 'partial'] as const) }, world.time)
      else if (roll < 0.45)
        await phone.patchProgress(target, { note: `${phone.name} 第${n}条备注` }, world.time)
      else if (roll < 0.6)
        await phone.patchProgress(target, { count: n }, world.time)
      else if (roll < 0.75)
        await phone.patchProgress(target, { status: 'done', note: `${phone.name} 完成 ${n}` }, world.time)
      else if (roll < 0.92)
        await phone.addEvidence(target, random() < 0.5 ? 'photo' : 'link', n)
      else {
        const removable = await phone.db.evidence.filter(e => writes.includes(e.unit)).toArray()
        if (removable.length)
          await phone.removeEvidence(pick(removable).id)
      }
    }
    finally {
      world.skew = 0
    }
  }

  faultRate = 0.3
  for (let round = 0; round < rounds; round++) {
    for (const { phone, writes } of phones) {
      const edits = Math.floor(random() * 4)
      for (let i = 0; i < edits; i++)
        await randomEdit(phone, writes)
    }
    // A revoked session mid-way: ecoB's changes must wait, then go out after ecoB signs in again.
    if (round === 8)
      await revokeUserSessions(db, userIds.ecoB, world.time)
    if (round === 14)
      await signInDespiteFaults(phones[1].phone, 'ecoB')
    // People keep tapping while their phones sync. The clock stands still meanwhile, so every
    // push's skew correction stays exact; equal times are ordered by client id and sequence.
    world.time += 1
    const syncing = phones.filter(() => random() < 0.7).map(({ phone }) => phone.engine.syncNow())
    for (let i = Math.floor(random() * 4); i > 0; i--) {
      const { phone, writes } = pick(phones)
      await new Promise(resolve => setImmediate(resolve))
      await randomEdit(phone, writes, false)
    }
    await Promise.all(syncing)
  }

  faultRate = 0
  for (let pass = 0; pass < 8; pass++) {
    const outcomes = await Promise.all(phones.map(({ phone }) => phone.engine.syncNow()))
    expect(outcomes.map(o => o.problem)).toEqual(phones.map(() => null))
    const waiting = await Promise.all(phones.map(({ phone }) => phone.db.outbox.count()))
    if (waiting.every(count => count === 0) && outcomes.every(o => o.pulled === 0))
      break
  }

  for (const fault of faultKinds)
    expect(faultsSeen.get(fault), `fault ${fault} never happened: raise rounds or the rate`).toBeGreaterThan(0)
  expect(server.restarts()).toBeGreaterThan(0)
  await checkConvergence(server, phones.map(p => p.phone), log)
})

async function signInDespiteFaults(phone: SimulatedPhone, username: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await phone.signIn(username, `${username}-password`)
    }
    catch (error) {
      if (attempt > 20)
        throw error
    }
  }
}
