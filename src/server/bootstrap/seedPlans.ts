// The plans bundled in seeds/ become plan records on every start, with the same deterministic
// ids the app computes, so progress recorded against a bundled plan lines up on the server.
import { readdir, readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { Db } from '../db/schema'
import type { PlanCatalog } from '../sync/planCatalog'
import { docxToText, parsePlan, toPlanRecord } from '../../shared/plan'
import { putAsServer, type ServerWriteResult } from '../sync/serverWrites'

export interface SeedReport extends ServerWriteResult {
  failed: Array<{ file: string, error: string }>
}

async function planText(path: string): Promise<string> {
  const bytes = await readFile(path)
  return extname(path).toLowerCase() === '.docx' ? docxToText(bytes) : bytes.toString('utf8')
}

export async function loadSeedPlans(db: Db, catalog: PlanCatalog, dir: string, now: number): Promise<SeedReport> {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter(f => ['.txt', '.docx'].includes(extname(f).toLowerCase()))
    .sort()
  const records = []
  const failed: SeedReport['failed'] = []
  for (const file of files) {
    try {
      const plan = parsePlan(await planText(join(dir, file)), { source: file })
      records.push(toPlanRecord(plan, { bundled: true, importedAt: now }))
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
