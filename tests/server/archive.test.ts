// A past year's plan is archived: staff can no longer record progress or evidence on its tasks,
// whatever an old or offline phone sends, until a coordinator reopens it (the plan's `reopened`
// field, the one field a plan may be patched by). The current year's plan takes writes as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { shanghaiYear } from '../../src/shared/calendar'
import { linkEvidence, progressTarget, samplePlan, units } from '../helpers/serverFixtures'
import { type People, startPlanServer, TestDevice, type TestServer } from '../helpers/server'

const lastYear = shanghaiYear() - 1
const archived = samplePlan(`${lastYear}年测试区政务公开工作要点`, lastYear)
const current = samplePlan()
let server: TestServer
let people: People

beforeAll(async () => {
  ({ server, people } = await startPlanServer(current))
  await server.putRecords('plan', [archived])
})
afterAll(() => server.close())

async function tick(plan = archived, who = people.ecology, index = 0) {
  const device = new TestDevice()
  const target = progressTarget(plan, units.ecology, 1, 1, index)
  const response = await server.pushOk(who, device.batch([device.mutation('progress', target.id, 'patch', { ...target.keys, status: 'done' })]))
  return response.results[0]
}

async function patchPlan(who: People[keyof People], data: Record<string, unknown>) {
  const device = new TestDevice()
  return (await server.pushOk(who, device.batch([device.mutation('plan', archived.id, 'patch', data)]))).results[0]
}

describe('an archived year', () => {
  it('refuses a staff tick on a past year\'s task, saying the year is archived and who can reopen it', async () => {
    const result = await tick()
    expect(result).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(result.reason).toContain(`${lastYear}年的工作要点已归档`)
    expect(result.reason).toContain('协调员')
  })

  it('refuses staff evidence on it too, and keeps nothing of the refused writes', async () => {
    const device = new TestDevice()
    const evidence = linkEvidence(archived, units.ecology, 1, 1)
    const response = await server.pushOk(people.ecology, device.batch([device.mutation('evidence', evidence.id, 'put', evidence)]))
    expect(response.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
    const pulled = await server.pullAll(people.ecology)
    expect(pulled.changes.filter(change => change.entity !== 'plan')).toEqual([])
  })

  it('still takes the current year\'s ticks', async () => {
    expect(await tick(current)).toMatchObject({ status: 'applied' })
  })

  it('lets only a coordinator reopen it, and by that one field only', async () => {
    expect(await patchPlan(people.ecology, { reopened: true })).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(await patchPlan(people.coordinator, { reopened: true, title: '改名' })).toMatchObject({ status: 'rejected', code: 'invalid' })
    expect(await patchPlan(people.coordinator, { reopened: 'yes' })).toMatchObject({ status: 'rejected', code: 'invalid' })
  })

  it('takes staff ticks once a coordinator reopened it, and refuses them again once closed', async () => {
    expect(await patchPlan(people.coordinator, { reopened: true })).toMatchObject({ status: 'applied' })
    const pulled = await server.pullAll(people.ecology)
    expect(pulled.changes.find(change => change.id === archived.id)?.data).toMatchObject({ reopened: true, tasks: archived.tasks })
    expect(await tick(archived, people.ecology, 1)).toMatchObject({ status: 'applied' })
    expect(await patchPlan(people.coordinator, { reopened: false })).toMatchObject({ status: 'applied' })
    expect(await tick(archived, people.ecology, 2)).toMatchObject({ status: 'rejected', code: 'forbidden' })
  })

  it('keeps a reopening when the same plan is put again whole, as the bundled plans are on every start', async () => {
    expect(await patchPlan(people.coordinator, { reopened: true })).toMatchObject({ status: 'applied' })
    await server.putRecords('plan', [archived])
    expect(await tick(archived, people.ecology, 3)).toMatchObject({ status: 'applied' })
  })

  it('lets a coordinator correct an archived year\'s record without reopening it', async () => {
    expect(await patchPlan(people.coordinator, { reopened: false })).toMatchObject({ status: 'applied' })
    const device = new TestDevice()
    const target = progressTarget(archived, units.ecology, 1, 1, 4)
    const response = await server.pushOk(people.coordinator, device.batch([device.mutation('progress', target.id, 'patch', { ...target.keys, status: 'done' })]))
    expect(response.results[0]).toMatchObject({ status: 'applied' })
  })
})
