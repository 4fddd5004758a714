// Writes a database as the release before the unit directory left it: schema up to migration
// 003, accounts naming their unit by name (an alias among them, and a unit no plan names), a
// plan without owner and progress readable by unit and task only, with the access rows that
// release wrote. A generator rather than a binary file, so it stays readable and diffable.
import type { Db } from '../../src/server/db/schema'
import { hashPassword } from '../../src/server/auth/passwords'
import { migrateUpTo } from '../../src/server/db/migrations'
import { checklistItemIdOf, planIdOf, taskIdOf } from '../../src/shared/plan/identity'
import type { PlanRecord } from '../../src/shared/records/plan'

export const previousPassword = 'correct horse battery'

export const previousPlan: PlanRecord = (() => {
  const header = { year: 2024, issuer: '青浦区人民政府办公室', title: '2024年青浦区政务公开工作要点' }
  const task = (item: number, leads: string[]) => ({
    chapter: 1, item, chapterTitle: '一、', title: `任务${item}`, text: `任务${item}。`, assignments: [{ leads, owners: [] }],
    due: null, deadline: null, targets: [],
    checklist: [{ text: `任务${item}第1步`, leads, owners: [], deadline: null, due: null, source: 'text' as const, row: null }],
  })
  return { id: planIdOf(header), source: 'old.txt', ...header, docNumber: null, issuedOn: null, tasks: [task(1, ['区数据局']), task(2, ['各街镇'])], warnings: [], bundled: false, importedAt: 1_700_000_000_000 }
})()

export const previousUsers = [
  { id: 'u-office', username: 'old-admin', unit: '区府办', role: 'coordinator' },
  { id: 'u-data', username: 'old-data', unit: '区数据局', role: 'staff' },
  { id: 'u-odd', username: 'old-odd', unit: '区老干部局', role: 'staff' },
]

export const previousProgressId = `区数据局|${checklistItemIdOf(taskIdOf(previousPlan.id, { chapter: 1, item: 1 }), 0)}`

export async function writePreviousVersionDatabase(db: Db): Promise<void> {
  await migrateUpTo(db, '003_account_deactivation')
  const hash = await hashPassword(previousPassword)
  await db.insertInto('users').values(previousUsers.map(u => ({
    id: u.id, username: u.username, display_name: u.username, unit: u.unit, role: u.role, password_hash: hash, created_at: 1, must_change_password: 0, deactivated_at: null,
  }))).execute()
  const taskId = taskIdOf(previousPlan.id, { chapter: 1, item: 1 })
  const progress = { id: previousProgressId, unit: '区数据局', planId: previousPlan.id, taskId, subject: checklistItemIdOf(taskId, 0), status: 'done', note: '', count: 0 }
  await db.insertInto('records').values([
    { entity: 'plan', id: previousPlan.id, version: 1, deleted: 0, data: JSON.stringify(previousPlan), stamps: '{}', updated_at: 1 },
    { entity: 'progress', id: previousProgressId, version: 2, deleted: 0, data: JSON.stringify(progress), stamps: '{}', updated_at: 1 },
  ]).execute()
  await db.insertInto('record_access').values([
    { entity: 'plan', record_id: previousPlan.id, reader: 'all', visible: 1 },
    { entity: 'progress', record_id: previousProgressId, reader: 'unit:区数据局', visible: 1 },
    { entity: 'progress', record_id: previousProgressId, reader: `task:${taskId}`, visible: 1 },
  ]).execute()
  await db.updateTable('counters').set({ value: 2 }).where('name', '=', 'version').execute()
}
