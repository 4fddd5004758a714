// One server, several organizations: a unit of one reads and writes nothing of another's unless
// a plan maps a task to it; coordinators act for their organization's subtree only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SignedIn, TestServer } from '../helpers/server'
import { TestDevice } from '../helpers/server'
import { feedbackItem, move } from '../helpers/serverFeedback'
import { bureauPlan, cityPlan, districtPlan, startDirectoryServer, tick } from '../helpers/serverDirectory'

let server: TestServer
let people: Record<'data' | 'ecology' | 'planning' | 'air' | 'districtCoordinator' | 'cityCoordinator' | 'bureauCoordinator', SignedIn>
const ticked = new Map<string, string>()

beforeAll(async () => {
  server = await startDirectoryServer()
  people = {
    data: await server.signIn('区数据局'),
    ecology: await server.signIn('区生态环境局'),
    planning: await server.signIn('综合规划科'),
    air: await server.signIn('大气处'),
    districtCoordinator: await server.signIn('区府办', 'coordinator'),
    cityCoordinator: await server.signIn('上海市生态环境局/局办公室', 'coordinator'),
    bureauCoordinator: await server.signIn('局办公室', 'coordinator'),
  }
  for (const [name, who, plan, chapter, item] of [
    ['data', people.data, districtPlan, 1, 1],
    ['ecologyDistrict', people.ecology, districtPlan, 2, 1],
    ['ecologyCity', people.ecology, cityPlan, 1, 3],
    ['planning', people.planning, bureauPlan, 1, 2],
    ['air', people.air, cityPlan, 1, 2],
  ] as const) {
    const { result, id } = await tick(server, who, plan, chapter, item)
    expect(result, name).toMatchObject({ status: 'applied' })
    ticked.set(name, id)
  }
})
afterAll(() => server.close())

async function visible(who: SignedIn) {
  const { changes } = await server.pullAll(who)
  return {
    plans: changes.filter(c => c.entity === 'plan' && !c.deleted).map(c => c.id).sort(),
    progress: [...ticked].filter(([, id]) => changes.some(c => c.entity === 'progress' && c.id === id && !c.deleted)).map(([name]) => name).sort(),
  }
}

describe('reading across organizations', () => {
  it('gives an account the node its unit name, short name or alias denotes', () => {
    expect(people.districtCoordinator.user.unit).toBe('区政府办公室')
    expect(people.ecology.user.unit).toBe('区生态环境局')
  })

  it('shows a district department the district\'s plans only, and its own progress', async () => {
    expect(await visible(people.data)).toEqual({ plans: [districtPlan.id], progress: ['data'] })
  })

  it('shows the district bureau the district plan, its own plan and the city plan that names it', async () => {
    expect(await visible(people.ecology)).toEqual({ plans: [bureauPlan.id, cityPlan.id, districtPlan.id].sort(), progress: ['ecologyCity', 'ecologyDistrict'] })
  })

  it('shows a city section the city plan only, nothing of the district', async () => {
    expect(await visible(people.air)).toEqual({ plans: [cityPlan.id], progress: ['air'] })
  })

  it('shows the district coordinator the whole district, the bureau\'s sections included, but no city section', async () => {
    const seen = await visible(people.districtCoordinator)
    expect(seen.progress).toEqual(['data', 'ecologyCity', 'ecologyDistrict', 'planning'])
    expect(seen.plans).toEqual([bureauPlan.id, cityPlan.id, districtPlan.id].sort())
  })

  it('shows the city coordinator its own units and its plan\'s tasks wherever they went, and no other district record', async () => {
    expect(await visible(people.cityCoordinator)).toEqual({ plans: [cityPlan.id], progress: ['air', 'ecologyCity'] })
  })

  it('scopes the bureau\'s coordinator to the bureau', async () => {
    const seen = await visible(people.bureauCoordinator)
    expect(seen.progress).toEqual(['ecologyCity', 'ecologyDistrict', 'planning'])
    expect(seen.plans).toContain(bureauPlan.id)
  })
})

describe('writing across organizations', () => {
  it('refuses a city section ticking a district task, and the same-named office the other bureau\'s task', async () => {
    expect((await tick(server, people.air, districtPlan, 1, 1)).result).toMatchObject({ status: 'rejected', code: 'forbidden' })
    const cityOffice = await server.signIn('上海市生态环境局/局办公室')
    expect((await tick(server, cityOffice, bureauPlan, 1, 1)).result).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect((await tick(server, cityOffice, cityPlan, 1, 1)).result).toMatchObject({ status: 'applied' })
  })

  it('lets a coordinator write for units of their organization only', async () => {
    expect((await tick(server, people.cityCoordinator, districtPlan, 1, 1, '区数据局')).result).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect((await tick(server, people.districtCoordinator, cityPlan, 1, 2, '大气处')).result).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect((await tick(server, people.districtCoordinator, districtPlan, 1, 1, '区数据局')).result).toMatchObject({ status: 'applied' })
  })
})

describe('referring across organizations', () => {
  it('lets staff refer feedback within their own tree only', async () => {
    const device = new TestDevice()
    const send = async (unit: string) => {
      const item = feedbackItem('区数据局')
      await server.pushOk(people.data, device.batch([device.mutation('feedback', item.id, 'put', item)]))
      const referral = move(item, { to: 'referred', unit })
      return (await server.pushOk(people.data, device.batch([device.mutation('feedback', item.id, 'patch', referral)]))).results[0]
    }
    expect(await send('大气处')).toMatchObject({ status: 'rejected', code: 'forbidden' })
    expect(await send('综合规划科')).toMatchObject({ status: 'applied' })
  })
})

describe('accounts across organizations', () => {
  it('lists a coordinator the accounts of their organization only', async () => {
    const list = async (who: SignedIn) => ((await server.app.inject({ method: 'GET', url: '/api/users', headers: who.auth })).json() as { users: Array<{ unit: string, unitName?: string }> }).users
    const city = await list(people.cityCoordinator)
    expect(new Set(city.map(u => u.unit))).toEqual(new Set(['大气处', '上海市生态环境局/局办公室']))
    expect(city.find(u => u.unit === '上海市生态环境局/局办公室')?.unitName).toBe('局办公室')
    expect((await list(people.districtCoordinator)).map(u => u.unit)).not.toContain('大气处')
  })

  it('answers 404 for another organization\'s account and 403 for adding one there', async () => {
    const reset = await server.app.inject({ method: 'POST', url: `/api/users/${people.data.user.id}/password-reset`, headers: people.cityCoordinator.auth })
    expect(reset.statusCode).toBe(404)
    const add = await server.app.inject({ method: 'POST', url: '/api/users', headers: people.cityCoordinator.auth, payload: { username: 'intruder', displayName: '外人', unit: '区数据局', role: 'staff' } })
    expect([add.statusCode, add.json().error.issues]).toEqual([403, [{ path: 'unit', message: '这个单位不在本组织内' }]])
    const unknown = await server.app.inject({ method: 'POST', url: '/api/users', headers: people.districtCoordinator.auth, payload: { username: 'nobody', displayName: '某人', unit: '区不存在局', role: 'staff' } })
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().error.issues[0].path).toBe('unit')
  })
})
