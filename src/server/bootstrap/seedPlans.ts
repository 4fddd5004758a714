// The plans bundled in seeds/ become plan records on every start, with the same deterministic
// ids the app computes, so progress recorded against a bundled plan lines up on the server.
import { readdir, readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { Db } from '../db/schema'
import type { PlanCatalog } from '../sync/planCatalog'
import type { PlanRecord } from '../../shared/records/plan'
import { docxToText, parsePlan, toPlanRecord } from '../../shared/plan'
import { indexDirectory, withPlanUnits } from '../../shared/units/directory'
import { loadDirectoryNodes } from '../directory/store'
import { putAsServer, type ServerWriteResult } from '../sync/serverWrites'

export interface SeedReport extends ServerWriteResult {
  failed: Array<{ file: string, error: string }>
}

async function planText(path: string): Promise<string> {
  const bytes = await readFile(path)
  return extname(path).toLowerCase() === '.docx' ? docxToText(bytes) : bytes.toString('utf8')
}

/** The plan with its owner and unit map (shared with the app's build, which bundles the same seeds). */
export const withDirectoryUnits = withPlanUnits

/** Plans stored before the directory existed get their owner and unit map (once: later the coordinator's stand). */
export async function assignPlanOwners(db: Db, catalog: PlanCatalog, now: number): Promise<ServerWriteResult> {
  const directory = indexDirectory(await loadDirectoryNodes(db))
  const rows = directory.nodes.size
    ? await db.selectFrom('records').select('data').where('entity', '=', 'plan').where('version', '>', 0).where('deleted', '=', 0).execute()
    : []
  const records = rows.map(row => JSON.parse(row.data) as PlanRecord).filter(plan => !plan.owner).map(plan => withDirectoryUnits(directory, plan)).filter(plan => plan.owner)
  return putAsServer(db, catalog, 'plan', records, now)
}

export async function loadSeedPlans(db: Db, catalog: PlanCatalog, dir: string, now: number): Promise<SeedReport> {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter(f => ['.txt', '.docx'].includes(extname(f).toLowerCase()))
    .sort()
  const directory = indexDirectory(await loadDirectoryNodes(db))
  const records = []
  const failed: SeedReport['failed'] = []
  for (const file of files) {
    try {
      const plan = parsePlan(await planText(join(dir, file)), { source: file })
      records.push(withDirectoryUnits(directory, toPlanRecord(plan, { bundled: true, importedAt: now })))
    }
    catch (error) {
      failed.push({ file, error: error instanceof Error ? error.message : String(error) })
    }
  }
  // A plan a coordinator imported again under the same id (bundled: false) is theirs: a restart
  // must not put the bundled copy back over it.
  const result = await putAsServer(db, catalog, 'plan', records, now, ['importedAt'], stored => stored.bundled === true)
  return { ...result, failed }
}
