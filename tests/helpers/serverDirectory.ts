// A server holding a small directory (a district with a bureau that has sections, and a city
// bureau) and one plan per issuer, for the tests of organization boundaries.
import type { PlanRecord } from '../../src/shared/records/plan'
import type { PlanTask } from '../../src/shared/plan/types'
import type { DirectoryNode } from '../../src/shared/units/directory'
import { inTransaction } from '../../src/server/db/transaction'
import { saveDirectoryNodes } from '../../src/server/directory/store'
import { checklistItemIdOf, planIdOf, taskIdOf } from '../../src/shared/plan/identity'
import { progressIdOf } from '../../src/shared/records/progress'
import { testNodes } from '../shared/directoryFixture'
import { fixtureTask } from './serverFixtures'
import { type SignedIn, startTestServer, TestDevice, type TestServer } from './server'

function task(chapter: number, item: number, leads: string[], owners: string[] = []): PlanTask {
  return fixtureTask(chapter, item, leads, owners, 1)
}

export function directoryPlan(issuer: string, owner: string, tasks: PlanTask[], unitMap?: Record<string, string>): PlanRecord {
  const header = { year: 2026, issuer, title: `2026年${issuer}政务公开工作要点` }
  return { id: planIdOf(header), source: 'fixture.txt', ...header, docNumber: null, issuedOn: null, tasks, warnings: [], bundled: false, importedAt: 1_700_000_000_000, owner, ...(unitMap ? { unitMap } : {}) }
}

/** 1.1 区数据局; 1.2 各街镇; 2.1 区生态环境局. */
export const districtPlan = directoryPlan('青浦区人民政府办公室', '青浦区人民政府', [task(1, 1, ['区数据局']), task(1, 2, ['各街镇']), task(2, 1, ['区生态环境局'])])
/** 1.1 办公室 (the bureau's own); 1.2 综合规划科. */
export const bureauPlan = directoryPlan('青浦区生态环境局', '区生态环境局', [task(1, 1, ['办公室']), task(1, 2, ['综合规划科'])], { 办公室: '局办公室', 综合规划科: '综合规划科' })
/** 1.1 办公室 (the city bureau's); 1.2 大气处; 1.3 青浦区生态环境局. */
export const cityPlan = directoryPlan('上海市生态环境局', '上海市生态环境局', [task(1, 1, ['办公室']), task(1, 2, ['大气处']), task(1, 3, ['青浦区生态环境局'])], { 办公室: '上海市生态环境局/局办公室', 青浦区生态环境局: '区生态环境局' })

export async function saveTestDirectory(server: TestServer, nodes: DirectoryNode[] = testNodes): Promise<void> {
  await inTransaction(server.tdb.database.db, trx => saveDirectoryNodes(trx, nodes, Date.now()))
}

export async function startDirectoryServer(): Promise<TestServer> {
  const server = await startTestServer()
  await saveTestDirectory(server)
  await server.putRecords('plan', [districtPlan, bureauPlan, cityPlan])
  return server
}

/** Ticks checklist item 1 of a task as a phone of `unit` would; the mutation result. */
export async function tick(server: TestServer, who: SignedIn, plan: PlanRecord, chapter: number, item: number, unit = who.user.unit) {
  const taskId = taskIdOf(plan.id, { chapter, item })
  const subject = checklistItemIdOf(taskId, 0)
  const device = new TestDevice()
  const keys = { unit, planId: plan.id, taskId, subject }
  const response = await server.pushOk(who, device.batch([device.mutation('progress', progressIdOf(unit, subject), 'patch', { ...keys, status: 'done' })]))
  return { result: response.results[0], id: progressIdOf(unit, subject) }
}
