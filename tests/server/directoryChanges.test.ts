// Changes of who may read what reach the phones: a plan re-import that moves a task's lead,
// an event's tasks, a unit moved in the directory; and the directory endpoints themselves.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DirectoryNode } from '../../src/shared/units/directory'
import type { DirectoryResponse } from '../../src/shared/api/directory'
import { taskIdOf } from '../../src/shared/plan/identity'
import { type SignedIn, TestDevice, type TestServer } from '../helpers/server'
import { bureauPlan, cityPlan, directoryPlan, districtPlan, startDirectoryServer, tick } from '../helpers/serverDirectory'
import { eventRecord } from '../helpers/serverFeedback'

let server: TestServer
beforeEach(async () => {
  server = await startDirectoryServer()
})
afterEach(() => server.close())

function call(who: SignedIn, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) {
  return server.app.inject({ method, url, headers: who.auth, ...(payload ? { payload } : {}) })
}

async function addNode(who: SignedIn, body: object): Promise<DirectoryNode> {
  const response = await call(who, 'POST', '/api/directory/nodes', body)
  expect(response.statusCode, response.body).toBe(201)
  return response.json().node
}

describe('a plan re-import that moves a task\'s lead', () => {
  it('sends the task\'s records to the new lead incrementally and tells the old lead to start over', async () => {
    const coordinator = await server.signIn('区政府办公室', 'coordinator')
    await addNode(coordinator, { name: '区司法局', parentId: '青浦区人民政府', kind: 'department' })
    const data = await server.signIn('区数据局')
    const justice = await server.signIn('区司法局')
    const { id } = await tick(server, data, districtPlan, 1, 1)
    const before = { data: await server.pullAll(data), justice: await server.pullAll(justice) }
    expect(before.justice.changes.some(c => c.id === id)).toBe(false)

    const moved = { ...districtPlan, tasks: districtPlan.tasks.map((t, i) => i === 0 ? { ...t, assignments: [{ leads: ['区司法局'], owners: [] }], checklist: t.checklist.map(c => ({ ...c, leads: ['区司法局'] })) } : t) }
    await server.putRecords('plan', [moved])

    const justiceAfter = await server.pullAll(justice, before.justice.cursor)
    expect(justiceAfter.reset).toBeUndefined()
    expect(justiceAfter.changes.find(c => c.id === id)).toMatchObject({ deleted: false, data: { unit: '区数据局' } })
    const dataAfter = await server.pull(data, before.data.cursor)
    expect(dataAfter).toMatchObject({ reset: true, cursor: '0', changes: [] })
    // From 0 the old lead sees its own record still (its unit) and the plan, and is not told again.
    const fresh = await server.pullAll(data)
    expect(fresh.changes.some(c => c.id === id)).toBe(true)
    expect((await server.pull(data, fresh.cursor)).reset).toBeUndefined()
  })
})

describe('an event\'s tasks', () => {
  it('withdraws the event from the lead of a task it no longer serves', async () => {
    const data = await server.signIn('区数据局')
    // A coordinator links another unit's task (staff may only link tasks their own unit leads or owns).
    const ecology = await server.signIn('区政府办公室', 'coordinator')
    const device = new TestDevice()
    const event = eventRecord('区生态环境局', { taskIds: [taskIdOf(districtPlan.id, { chapter: 1, item: 1 })] })
    expect((await server.pushOk(ecology, device.batch([device.mutation('event', event.id, 'put', event)]))).results[0]).toMatchObject({ status: 'applied' })
    const first = await server.pullAll(data)
    expect(first.changes.find(c => c.id === event.id)).toMatchObject({ deleted: false })
    await server.pushOk(ecology, device.batch([device.mutation('event', event.id, 'patch', { taskIds: [] })]))
    expect((await server.pullAll(data, first.cursor)).changes.find(c => c.id === event.id)).toMatchObject({ deleted: true })
  })
})

describe('the directory endpoints', () => {
  it('gives every signed-in user the tree of their own organization only', async () => {
    const planning = await server.signIn('综合规划科')
    const response = await call(planning, 'GET', '/api/directory')
    expect(response.statusCode).toBe(200)
    const body = response.json() as DirectoryResponse
    expect(body).toMatchObject({ unitId: '综合规划科', organizationId: '区生态环境局' })
    expect(body.nodes.map(n => n.id)).toContain('区数据局')
    expect(body.nodes.map(n => n.id)).not.toContain('大气处')
    expect((await server.app.inject({ method: 'GET', url: '/api/directory' })).statusCode).toBe(401)
  })

  it('lets a coordinator add, rename, alias and retire units of their organization, with clear 4xx otherwise', async () => {
    const coordinator = await server.signIn('区政府办公室', 'coordinator')
    const staff = await server.signIn('区数据局')
    const refused = await call(staff, 'POST', '/api/directory/nodes', { name: '区审计局', parentId: '青浦区人民政府', kind: 'department' })
    // Told what they tried, not the accounts screen's refusal.
    expect([refused.statusCode, refused.json().error.message]).toEqual([403, '只有协调员可以维护单位名录'])
    const bad = await call(coordinator, 'POST', '/api/directory/nodes', { name: '区审计局', parentId: '青浦区人民政府', kind: 'ministry' })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.issues[0].path).toBe('kind')
    const elsewhere = await call(coordinator, 'POST', '/api/directory/nodes', { name: '区审计局', parentId: '大气处', kind: 'section' })
    expect([elsewhere.statusCode, elsewhere.json().error.issues]).toEqual([403, [{ path: 'parentId', message: '上级单位不在本组织内' }]])
    expect((await call(coordinator, 'POST', '/api/directory/nodes', { name: '区审计局', parentId: '不存在', kind: 'section' })).json().error.issues[0].path).toBe('parentId')
    const taken = await call(coordinator, 'POST', '/api/directory/nodes', { name: '区审计局', parentId: '青浦区人民政府', kind: 'department', aliases: ['区数据局'] })
    expect(taken.statusCode).toBe(400)
    // In Chinese, as the 单位名录 screen shows it.
    expect(taken.json().error.message).toBe('单位名录不合格：同一组织内 区数据局 和 区审计局 都叫“区数据局”')

    const audit = await addNode(coordinator, { name: '区审计局', parentId: '青浦区人民政府', kind: 'department', shortNames: ['审计局'] })
    expect(audit).toMatchObject({ id: '区审计局', retired: false })
    const renamed = await call(coordinator, 'PATCH', `/api/directory/nodes/${encodeURIComponent(audit.id)}`, { name: '青浦区审计局', aliases: ['区审计局'] })
    expect(renamed.json().node).toMatchObject({ id: '区审计局', name: '青浦区审计局', aliases: ['区审计局'] })
    expect((await call(coordinator, 'PATCH', `/api/directory/nodes/${encodeURIComponent(audit.id)}`, { retired: true })).json().node.retired).toBe(true)
    expect((await call(coordinator, 'PATCH', '/api/directory/nodes/大气处', { name: '我的处' })).statusCode).toBe(404)
    expect((await call(coordinator, 'PATCH', '/api/directory/nodes/区数据局', {})).statusCode).toBe(400)
    expect((await call(coordinator, 'PATCH', '/api/directory/nodes/区数据局', { parentId: '区数据局' })).statusCode).toBe(400)
    const ownOrganization = await call(coordinator, 'PATCH', '/api/directory/nodes/青浦区人民政府', { parentId: '区数据局' })
    expect([ownOrganization.statusCode, ownOrganization.json().error.issues]).toEqual([403, [{ path: 'parentId', message: '本组织本身不能移动' }]])
    const names = (await call(staff, 'GET', '/api/directory')).json().nodes.map((n: DirectoryNode) => n.name)
    expect(names).toContain('青浦区审计局')
  })

  it('tells devices to start over when a unit moves, and the moved unit\'s records follow its new organization', async () => {
    const district = await server.signIn('区政府办公室', 'coordinator')
    const bureau = await server.signIn('局办公室', 'coordinator')
    const data = await server.signIn('区数据局')
    const { id } = await tick(server, data, districtPlan, 1, 1)
    const seen = await server.pullAll(bureau)
    expect(seen.changes.some(c => c.id === id)).toBe(false)
    const move = await call(district, 'PATCH', '/api/directory/nodes/区数据局', { parentId: '区生态环境局' })
    expect(move.statusCode, move.body).toBe(200)
    expect(await server.pull(bureau, seen.cursor)).toMatchObject({ reset: true })
    expect((await server.pullAll(bureau)).changes.some(c => c.id === id)).toBe(true)
  })

  it('re-versions a plan\'s records when an alias makes a written name a unit', async () => {
    const coordinator = await server.signIn('区政府办公室', 'coordinator')
    const plan = directoryPlan('青浦区人民政府办公室', '青浦区人民政府', [{ ...districtPlan.tasks[0], chapter: 3, item: 1, assignments: [{ leads: ['区大数据中心'], owners: [] }], checklist: [] }])
    await server.putRecords('plan', [plan])
    // Another unit's record on 3.1, written before anyone led it.
    const { id } = await tick(server, coordinator, plan, 3, 1, '区生态环境局')
    const data = await server.signIn('区数据局')
    const cursor = (await server.pullAll(data)).cursor
    expect((await call(coordinator, 'PATCH', '/api/directory/nodes/区数据局', { aliases: ['区大数据中心'] })).statusCode).toBe(200)
    const after = await server.pullAll(data, cursor)
    expect(after.reset).toBeUndefined()
    expect(after.changes.find(c => c.id === id)).toMatchObject({ deleted: false })
    // The unit now leads 3.1: its own tick is accepted.
    expect((await tick(server, data, plan, 3, 1)).result).toMatchObject({ status: 'applied' })
  })
})

describe('the plans themselves', () => {
  it('keeps the bureau\'s and the city\'s plans apart for a coordinator re-importing them', async () => {
    const city = await server.signIn('上海市生态环境局/局办公室', 'coordinator')
    const device = new TestDevice()
    const result = await server.pushOk(city, device.batch([device.mutation('plan', bureauPlan.id, 'put', { ...bureauPlan, title: bureauPlan.title })]))
    expect(result.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' })
    const own = await server.pushOk(city, device.batch([device.mutation('plan', cityPlan.id, 'put', { ...cityPlan, warnings: ['checked'] })]))
    expect(own.results[0]).toMatchObject({ status: 'applied' })
  })
})
