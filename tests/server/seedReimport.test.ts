// Issue 12 point 4 (server side): a coordinator's re-import of a bundled plan is theirs; the
// next server start must not put the bundled copy back over it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadSeedPlans } from '../../src/server/bootstrap/seedPlans'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import type { PlanRecord } from '../../src/shared/records/plan'
import { units } from '../helpers/serverFixtures'
import { type SignedIn, startTestServer, TestDevice, type TestServer } from '../helpers/server'

let server: TestServer
let coordinator: SignedIn

beforeAll(async () => {
  server = await startTestServer()
  coordinator = await server.signIn(units.office, 'coordinator')
})
afterAll(() => server.close())

const storedPlan = async (id: string) =>
  JSON.parse((await server.tdb.database.db.selectFrom('records').select('data').where('entity', '=', 'plan').where('id', '=', id).executeTakeFirstOrThrow()).data) as PlanRecord

describe('bundled plans on start', () => {
  it('leave a coordinator\'s re-import of a bundled plan as the coordinator left it', async () => {
    const first = await loadSeedPlans(server.tdb.database.db, new PlanCatalog(), 'seeds', Date.now())
    const id = first.written[0]
    const bundled = await storedPlan(id)
    const reimport: PlanRecord = { ...bundled, bundled: false, source: '重新导入.docx', tasks: bundled.tasks.slice(0, 1), importedAt: Date.now() }
    const device = new TestDevice()
    expect((await server.pushOk(coordinator, device.batch([device.mutation('plan', id, 'put', reimport)]))).results[0].status).toBe('applied')

    const again = await loadSeedPlans(server.tdb.database.db, new PlanCatalog(), 'seeds', Date.now())
    expect(again.written).not.toContain(id)
    expect(await storedPlan(id)).toMatchObject({ bundled: false, source: '重新导入.docx', tasks: reimport.tasks })
  })
})
