import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { linkEvidence, progressTarget, samplePlan, units } from '../helpers/serverFixtures'
import { type SignedIn, startPlanServer, TestDevice, type TestServer } from '../helpers/server'

const plan = samplePlan()
let server: TestServer
let ecology: SignedIn
let town: SignedIn
let coordinator: SignedIn

beforeAll(async () => {
  ({ server, people: { ecology, town, coordinator } } = await startPlanServer(plan))
})
afterAll(() => server.close())

async function pushOne(who: SignedIn, unit: string, chapter: number, item: number, index: number) {
  const device = new TestDevice()
  const target = progressTarget(plan, unit, chapter, item, index)
  const response = await server.pushOk(who, device.batch([device.mutation('progress', target.id, 'patch', { ...target.keys, status: 'done' })]))
  return response.results[0]
}

describe('write permissions', () => {
  it('lets staff write the tasks their unit leads', async () => {
    expect(await pushOne(ecology, units.ecology, 1, 1, 0)).toMatchObject({ status: 'applied' })
  })

  it('counts a unit covered by a generic group as leading (各街镇) or owning (各部门)', async () => {
    expect(await pushOne(town, units.town, 1, 2, 0)).toMatchObject({ status: 'applied' })
    expect(await pushOne(ecology, units.ecology, 2, 1, 0)).toMatchObject({ status: 'applied' })
  })

  it('refuses tasks the unit neither leads nor owns', async () => {
    const result = await pushOne(town, units.town, 2, 1, 0)
    expect(result).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(result.reason).toContain('不是该任务的牵头或责任单位')
  })

  it('refuses records of another unit, even on a task the writer leads', async () => {
    expect(await pushOne(ecology, units.town, 1, 1, 1)).toMatchObject({ status: 'rejected', code: 'forbidden' })
  })

  it('refuses a task that no plan has', async () => {
    const device = new TestDevice()
    const keys = { unit: units.ecology, planId: plan.id, taskId: `${plan.id}:9.9`, subject: `${plan.id}:9.9#1` }
    const response = await server.pushOk(ecology, device.batch([device.mutation('progress', `${units.ecology}|${keys.subject}`, 'patch', { ...keys, status: 'done' })]))
    expect(response.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' })
  })

  it('lets only coordinators put or delete plans', async () => {
    const other = samplePlan('2025年另一份工作要点')
    const staffDevice = new TestDevice()
    const staff = await server.pushOk(ecology, staffDevice.batch([staffDevice.mutation('plan', other.id, 'put', other)]))
    expect(staff.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
    const coordinatorDevice = new TestDevice()
    const put = await server.pushOk(coordinator, coordinatorDevice.batch([coordinatorDevice.mutation('plan', other.id, 'put', other)]))
    expect(put.results[0].status).toBe('applied')
    const deleteByStaff = await server.pushOk(ecology, staffDevice.batch([staffDevice.mutation('plan', other.id, 'delete', {})]))
    expect(deleteByStaff.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
    const deleted = await server.pushOk(coordinator, coordinatorDevice.batch([coordinatorDevice.mutation('plan', other.id, 'delete', {})]))
    expect(deleted.results[0].status).toBe('applied')
  })

  it('lets coordinators write any unit\'s progress', async () => {
    expect(await pushOne(coordinator, units.town, 2, 1, 2)).toMatchObject({ status: 'applied' })
  })

  it('refuses another unit\'s edit of a deleted record as forbidden, and keeps none of it', async () => {
    const device = new TestDevice()
    const evidence = linkEvidence(plan, units.ecology, 1, 1, 4)
    await server.pushOk(ecology, device.batch([device.mutation('evidence', evidence.id, 'put', evidence)]))
    await server.pushOk(ecology, device.batch([device.mutation('evidence', evidence.id, 'delete', {})]))
    const townDevice = new TestDevice()
    const attempt = await server.pushOk(town, townDevice.batch([townDevice.mutation('evidence', evidence.id, 'patch', { caption: '不该留下的说明' })]))
    expect(attempt.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
    const late = await server.pushOk(ecology, device.batch([device.mutation('evidence', evidence.id, 'patch', { caption: '删除后才到的说明' })]))
    expect(late.results[0]).toMatchObject({ status: 'rejected', code: 'conflict_deleted' })
    const kept = await server.tdb.database.db.selectFrom('record_history').select('value').where('record_id', '=', evidence.id).execute()
    expect(kept.map(k => JSON.parse(k.value))).toEqual(['删除后才到的说明'])
  })

  it('refuses staff deleting another unit\'s evidence', async () => {
    const device = new TestDevice()
    const evidence = linkEvidence(plan, units.ecology, 1, 1)
    const { id } = evidence
    await server.pushOk(ecology, device.batch([device.mutation('evidence', id, 'put', evidence)]))
    const townDevice = new TestDevice()
    const attempt = await server.pushOk(town, townDevice.batch([townDevice.mutation('evidence', id, 'delete', {})]))
    expect(attempt.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
  })
})
