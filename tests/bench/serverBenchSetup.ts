// What the server benchmarks share: a database per engine with the bundled plans, staff
// accounts, and the progress edits a unit's phones would queue.
import pg from 'pg'
import type { Engine } from '../../src/server/db/connect'
import type { PlanRecord } from '../../src/shared/records/plan'
import type { Mutation } from '../../src/shared/sync/protocol'
import { createUser } from '../../src/server/auth/users'
import { loadSeedPlans } from '../../src/server/bootstrap/seedPlans'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import { checklistItemIdOf, taskIdOf, targetIdOf } from '../../src/shared/plan/identity'
import { progressIdOf } from '../../src/shared/records/progress'
import { collectUnits, taskCoversUnit } from '../../src/shared/units'
import { postgresAdminUrl } from '../helpers/environment'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

export async function availableEngines(): Promise<Engine[]> {
  const client = new pg.Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    return ['sqlite', 'postgres']
  }
  catch {
    console.log(`PostgreSQL not reachable at ${postgresAdminUrl()}: its figures are not measured.`)
    return ['sqlite']
  }
  finally {
    await client.end().catch(() => {})
  }
}

export interface BenchDatabase {
  tdb: TestDatabase
  plans: PlanRecord[]
}

export async function seededDatabase(engine: Engine): Promise<BenchDatabase> {
  const tdb = await createTestDatabase({ engine })
  const catalog = new PlanCatalog()
  await loadSeedPlans(tdb.database.db, catalog, 'seeds', Date.now())
  await catalog.refresh(tdb.database.db)
  return { tdb, plans: catalog.records() }
}

export interface Subject {
  planId: string
  taskId: string
  subject: string
}

/** Checklist items and targets of the tasks a unit leads or owns: what its staff may tick. */
export function writableSubjects(plans: PlanRecord[], unit: string): Subject[] {
  return plans.flatMap(plan => plan.tasks.flatMap((task) => {
    const coverage = taskCoversUnit(task, unit, plan.issuer)
    if (!coverage.lead && !coverage.owner)
      return []
    const taskId = taskIdOf(plan.id, task)
    return [
      ...task.checklist.map((_, i) => ({ planId: plan.id, taskId, subject: checklistItemIdOf(taskId, i) })),
      ...task.targets.map((_, i) => ({ planId: plan.id, taskId, subject: targetIdOf(taskId, i) })),
    ]
  }))
}

/** Units that have something to write, most first. */
export function busyUnits(plans: PlanRecord[]): Array<{ unit: string, subjects: Subject[] }> {
  return collectUnits(plans)
    .map(u => ({ unit: u.name, subjects: writableSubjects(plans, u.name) }))
    .filter(u => u.subjects.length > 0)
    .sort((a, b) => b.subjects.length - a.subjects.length)
}

export const benchPassword = 'bench-password-123'

export async function createStaff(tdb: TestDatabase, unit: string, username: string): Promise<void> {
  await createUser(tdb.database.db, { username, displayName: username, unit, role: 'staff', password: benchPassword }, Date.now())
}

const statuses = ['todo', 'partial', 'done'] as const

/** A phone's edit of one item: a tick, a note or a counter, as people make them. */
export function progressEdit(seq: number, unit: string, subject: Subject, at: number): Mutation {
  const fields = [{ status: statuses[seq % 3] }, { note: `第${seq}次填写：已按要求完成并在网站公开。` }, { count: seq % 50 }][seq % 3]
  return { seq, entity: 'progress', id: progressIdOf(unit, subject.subject), op: 'patch', data: { unit, ...subject, ...fields }, at }
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

export async function signIn(baseUrl: string, username: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: benchPassword }) })
  if (!response.ok)
    throw new Error(`sign-in of ${username} failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}
