// Who 各部门 means depends on who wrote the plan: in a bureau's own plan it is that bureau's
// sections, not the district's other bureaus. The server reads it with the plan's issuer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checklistItemIdOf, planIdOf, taskIdOf } from '../../src/shared/plan/identity'
import { progressIdOf } from '../../src/shared/records/progress'
import type { PlanRecord } from '../../src/shared/records/plan'
import { shanghaiYear } from '../../src/shared/calendar'
import { samplePlan } from '../helpers/serverFixtures'
import { type SignedIn, startTestServer, TestDevice, type TestServer } from '../helpers/server'

const header = { year: shanghaiYear(), issuer: '区生态环境局', title: '2025年区生态环境局政务公开工作要点' }
const bureauPlan: PlanRecord = {
  ...samplePlan(),
  ...header,
  id: planIdOf(header),
  tasks: [{ ...samplePlan().tasks[0], assignments: [{ leads: ['各部门'], owners: [] }], checklist: [{ text: '各部门按职责公开信息', leads: ['各部门'], owners: [], deadline: null, due: null, source: 'text', row: null }] }],
}
const taskId = taskIdOf(bureauPlan.id, { chapter: 1, item: 1 })
const subject = checklistItemIdOf(taskId, 0)

let server: TestServer
let section: SignedIn
let otherBureau: SignedIn

beforeAll(async () => {
  server = await startTestServer()
  await server.putRecords('plan', [bureauPlan])
  section = await server.signIn('法规科')
  otherBureau = await server.signIn('区教育局')
})
afterAll(() => server.close())

async function tick(who: SignedIn) {
  const device = new TestDevice()
  const unit = who.user.unit
  const response = await server.pushOk(who, device.batch([device.mutation('progress', progressIdOf(unit, subject), 'patch', { unit, planId: bureauPlan.id, taskId, subject, status: 'done' })]))
  return response.results[0]
}

describe('各部门 in a bureau\'s own plan', () => {
  it('covers the bureau\'s sections', async () => {
    expect(await tick(section)).toMatchObject({ status: 'applied' })
  })

  it('does not cover another bureau, for writing or reading', async () => {
    expect(await tick(otherBureau)).toMatchObject({ status: 'rejected', code: 'forbidden' })
    const ids = (await server.pullAll(otherBureau)).changes.map(c => c.id)
    expect(ids).toContain(bureauPlan.id)
    expect(ids).not.toContain(progressIdOf(section.user.unit, subject))
  })
})
