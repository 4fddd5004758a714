import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linkEvidence, progressTarget, samplePlan, units } from '../helpers/serverFixtures'
import { type People, type SignedIn, startPlanServer, TestDevice, type TestServer } from '../helpers/server'

const plan = samplePlan()
let server: TestServer
let people: People

async function patch(who: SignedIn, unit: string, chapter: number, item: number, index: number, fields: Record<string, unknown>) {
  const device = new TestDevice()
  const target = progressTarget(plan, unit, chapter, item, index)
  const response = await server.pushOk(who, device.batch([device.mutation('progress', target.id, 'patch', { ...target.keys, ...fields })]))
  expect(response.results[0].status).toBe('applied')
  return target.id
}

const idsOf = (changes: Array<{ id: string }>) => changes.map(c => c.id)

beforeAll(async () => {
  ({ server, people } = await startPlanServer(plan))
})
afterAll(() => server.close())

describe('pull', () => {
  it('pages through changes in version order and resumes from a cursor', async () => {
    const start = (await server.pull(people.ecology)).cursor
    const ids = []
    for (let index = 0; index < 5; index++)
      ids.push(await patch(people.ecology, units.ecology, 1, 1, index, { count: index }))

    const first = await server.pull(people.ecology, start, 2)
    expect(first.more).toBe(true)
    expect(idsOf(first.changes)).toEqual(ids.slice(0, 2))
    const second = await server.pull(people.ecology, first.cursor, 2)
    expect(idsOf(second.changes)).toEqual(ids.slice(2, 4))
    const third = await server.pull(people.ecology, second.cursor, 2)
    expect(idsOf(third.changes)).toEqual(ids.slice(4))
    expect(third.more).toBe(false)
    const versions = [...first.changes, ...second.changes, ...third.changes].map(c => Number(c.version))
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(new Set(versions).size).toBe(5)

    expect((await server.pull(people.ecology, third.cursor)).changes).toEqual([])
    const edited = await patch(people.ecology, units.ecology, 1, 1, 2, { note: '再次修改' })
    expect(idsOf((await server.pull(people.ecology, third.cursor)).changes)).toEqual([edited])
  })

  it('sends plans to everyone and progress only to its unit, the task\'s lead units and coordinators', async () => {
    // 区生态环境局 owns task 2.1 through 各部门; 区教育局 leads it; 朱家角镇 has no part in it.
    const id = await patch(people.ecology, units.ecology, 2, 1, 0, { status: 'partial' })
    const seen = async (who: SignedIn) => idsOf((await server.pullAll(who)).changes)
    expect(await seen(people.ecology)).toContain(id)
    expect(await seen(people.education)).toContain(id)
    expect(await seen(people.coordinator)).toContain(id)
    expect(await seen(people.town)).not.toContain(id)
    expect(await seen(people.town)).toContain(plan.id)
  })

  it('does not show a unit the progress of a task it only owns, led by another unit', async () => {
    const id = await patch(people.education, units.education, 2, 1, 1, { status: 'done' })
    expect(idsOf((await server.pullAll(people.ecology)).changes)).not.toContain(id)
  })

  it('sends a tombstone for a deleted record to those who could see it', async () => {
    const device = new TestDevice()
    const evidence = linkEvidence(plan, units.ecology, 2, 1)
    const { id } = evidence
    await server.pushOk(people.ecology, device.batch([device.mutation('evidence', id, 'put', evidence)]))
    const cursor = (await server.pull(people.education)).cursor
    await server.pushOk(people.ecology, device.batch([device.mutation('evidence', id, 'delete', {})]))
    const pulled = await server.pull(people.education, cursor)
    expect(pulled.changes).toEqual([expect.objectContaining({ entity: 'evidence', id, deleted: true, data: null })])
    expect(idsOf((await server.pullAll(people.town)).changes)).not.toContain(id)
  })

  it('sends a tombstone when a record moves out of a unit\'s sight, and the record to the unit that gains it', async () => {
    const device = new TestDevice()
    const evidence = linkEvidence(plan, units.ecology, 2, 1, 3, '本局材料')
    const { id } = evidence
    await server.pushOk(people.ecology, device.batch([device.mutation('evidence', id, 'put', evidence)]))
    const ecologyCursor = (await server.pull(people.ecology)).cursor
    const townCursor = (await server.pull(people.town)).cursor
    // A people.coordinator reassigns it to the people.town, as issue 5 hands a feedback item to another unit.
    const coordinatorDevice = new TestDevice()
    const moved = await server.pushOk(people.coordinator, coordinatorDevice.batch([coordinatorDevice.mutation('evidence', id, 'put', { ...evidence, unit: units.town })]))
    expect(moved.results[0].status).toBe('applied')

    expect((await server.pull(people.ecology, ecologyCursor)).changes).toEqual([expect.objectContaining({ id, deleted: true, data: null })])
    expect((await server.pull(people.town, townCursor)).changes).toEqual([expect.objectContaining({ id, deleted: false, data: expect.objectContaining({ unit: units.town }) })])
    // The lead unit of the task keeps seeing it throughout.
    expect((await server.pullAll(people.education)).changes.find(c => c.id === id)).toMatchObject({ deleted: false })
  })

  it('moves the cursor past changes the user cannot see', async () => {
    const cursor = (await server.pull(people.town)).cursor
    await patch(people.ecology, units.ecology, 1, 1, 7, { count: 1 })
    const pulled = await server.pull(people.town, cursor)
    expect(pulled.changes).toEqual([])
    expect(Number(pulled.cursor)).toBeGreaterThan(Number(cursor))
  })

  it('starts over for a cursor beyond anything stored', async () => {
    const pulled = await server.pull(people.town, '999999999', 1000)
    expect(idsOf(pulled.changes)).toContain(plan.id)
  })
})
