// Vite plugin: the documents in seeds/ are parsed at build time and served as the virtual
// module `virtual:seed-plans` (default export: PlanRecord[]), the app's bundled plans.
// A seed that does not parse fails the build, naming the file and the reason.
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { parsePlan, planTextOf, toPlanRecord } from '../shared/plan'
import { planRecordSchema, type PlanRecord } from '../shared/records/plan'
import { type Directory, indexDirectory, validateDirectory, withPlanUnits } from '../shared/units/directory'

const moduleId = 'virtual:seed-plans'
const resolvedId = `\0${moduleId}`

const directoryFile = 'directory.json'

/** The folder's directory.json (the one the server starts with), or an empty directory without one. */
function readSeedDirectory(dir: string): { directory: Directory, file?: string } {
  const path = join(dir, directoryFile)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  }
  catch {
    return { directory: indexDirectory([]) }
  }
  const check = validateDirectory(JSON.parse(text))
  if (!check.ok) throw new Error(`seeds/${directoryFile}: ${check.problems.map(p => `${p.path}: ${p.message}`).join('; ')}`)
  return { directory: indexDirectory(check.nodes), file: path }
}

/**
 * Every .txt and .docx in the folder, parsed and checked, in file-name order, each with the owner
 * and unit map the folder's directory gives it (as the server gives the same seeds on start).
 */
export function readSeedPlans(dir: string): { records: PlanRecord[], files: string[] } {
  const files = readdirSync(dir).filter(name => /\.(?:txt|docx)$/i.test(name)).sort()
  if (files.length === 0) throw new Error(`${dir}: no seed plans (.txt or .docx) found`)
  const { directory, file: directoryPath } = readSeedDirectory(dir)
  const records = files.map((name) => {
    const path = join(dir, name)
    try {
      const record = withPlanUnits(directory, toPlanRecord(parsePlan(planTextOf(readFileSync(path), name), { source: name }), { bundled: true, importedAt: 0 }))
      const checked = planRecordSchema.safeParse(record)
      if (!checked.success) throw new Error(`the parsed plan is not a valid plan record: ${checked.error.issues.map(issue => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`)
      return checked.data
    }
    catch (error) {
      throw new Error(`seeds/${name} does not parse as a work plan: ${(error as Error).message}`)
    }
  })
  const ids = records.map(record => record.id)
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index)
  if (repeated) throw new Error(`two seed plans have the same id ${repeated} (same year, issuer and title)`)
  return { records, files: [...files.map(name => join(dir, name)), ...(directoryPath ? [directoryPath] : [])] }
}

export function seedPlans(options: { dir?: string } = {}): Plugin {
  let dir = resolve(options.dir ?? 'seeds')
  return {
    name: 'seed-plans',
    configResolved(config) {
      dir = resolve(config.root, options.dir ?? 'seeds')
    },
    resolveId(id) {
      return id === moduleId ? resolvedId : null
    },
    load(id) {
      if (id !== resolvedId) return null
      try {
        const { records, files } = readSeedPlans(dir)
        for (const file of files) this.addWatchFile(file)
        // A JSON string for JSON.parse: the browser reads it several times faster than the same
        // data written as a JavaScript literal, on the first visit's busiest moment.
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(records))})\n`
      }
      catch (error) {
        this.error((error as Error).message)
      }
    },
  }
}
