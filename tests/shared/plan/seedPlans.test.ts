// The Vite plugin that bundles seeds/, driven through its hooks on real files.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readSeedPlans, seedPlans } from '../../../src/build/seedPlans'
import { planRecordSchema, type PlanRecord } from '../../../src/shared/records/plan'
import { samplePlanDocx } from './sampleDocx'

const seedsDir = join(import.meta.dirname, '..', '..', '..', 'seeds')
const made: string[] = []

function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'seed-plans-'))
  made.push(dir)
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

interface Hooks {
  resolveId: (id: string) => string | null
  load: (this: { addWatchFile: (file: string) => void, error: (message: string) => never }, id: string) => string | null
}

function loadVirtualModule(dir: string): { code: string, watched: string[] } {
  const plugin = seedPlans({ dir }) as unknown as Hooks
  const watched: string[] = []
  const fail = (message: string): never => {
    throw new Error(message)
  }
  const context = { addWatchFile: (file: string) => watched.push(file), error: fail }
  const id = plugin.resolveId('virtual:seed-plans')
  if (!id) throw new Error('the plugin did not resolve virtual:seed-plans')
  return { code: plugin.load.call(context, id) ?? '', watched }
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('seedPlans', () => {
  it('serves every seed as a valid plan record, parsed at build time', () => {
    const { code, watched } = loadVirtualModule(seedsDir)
    // The module hands the browser one JSON string to parse (faster than a JavaScript literal).
    const literal = /^export default JSON\.parse\(("(?:[^"\\]|\\.)*")\)\n$/s.exec(code)?.[1]
    const records = JSON.parse(JSON.parse(literal ?? 'null')) as PlanRecord[]
    expect(records.map(record => record.tasks.length)).toEqual([15, 20, 22, 16, 18])
    expect(records.every(record => planRecordSchema.safeParse(record).success && record.bundled && record.importedAt === 0)).toBe(true)
    expect(watched).toHaveLength(readdirSync(seedsDir).filter(name => /\.(?:txt|docx)$/i.test(name)).length + 1)
    expect(watched.some(file => file.endsWith('directory.json'))).toBe(true)
  })

  it('gives each bundled plan its owner and unit map from seeds/directory.json, as the server does', () => {
    const records = readSeedPlans(seedsDir).records
    expect(records.map(record => [record.issuer, record.owner])).toEqual(records.map(record => [record.issuer, expect.any(String)]))
    const owners = new Set(records.map(record => record.owner))
    expect(owners).toEqual(new Set(['上海市生态环境局', '青浦区人民政府', '区生态环境局']))
    // The 2020 city plan names only groups (各处室…); every other plan maps its concrete names.
    expect(records.filter(record => Object.keys(record.unitMap ?? {}).length > 0)).toHaveLength(4)
    expect(records.find(record => record.year === 2023)?.unitMap).toMatchObject({ 办公室: '上海市生态环境局/局办公室', 青浦区生态环境局: '区生态环境局' })
  })

  it('bundles plans without owners from a folder without a directory', () => {
    const dir = folderWith({})
    copyFileSync(join(seedsDir, readdirSync(seedsDir).sort()[0]), join(dir, 'a.txt'))
    expect(readSeedPlans(dir).records[0].owner).toBeUndefined()
  })

  it('reads .docx seeds too', () => {
    const dir = folderWith({ 'plan.docx': samplePlanDocx() })
    copyFileSync(join(seedsDir, readdirSync(seedsDir).sort()[0]), join(dir, 'a.txt'))
    expect(readSeedPlans(dir).records.map(record => [record.source, record.tasks.length])).toEqual([['a.txt', 15], ['plan.docx', 3]])
  })

  it('ignores the module ids it does not own', () => {
    expect((seedPlans() as unknown as Hooks).resolveId('virtual:other')).toBeNull()
  })

  it('fails the build naming the seed that is not a work plan', () => {
    const dir = folderWith({ 'report.txt': '2023年青浦区政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息5230条。' })
    expect(() => loadVirtualModule(dir)).toThrow(/^seeds\/report\.txt does not parse as a work plan: 找不到工作要点的标题/)
  })

  it('fails the build for a seed that is not text', () => {
    const dir = folderWith({ 'broken.docx': 'not a zip' })
    expect(() => loadVirtualModule(dir)).toThrow(/seeds\/broken\.docx does not parse as a work plan: 不是有效的 \.docx 文件/)
  })

  it('fails the build when there are no seeds', () => {
    expect(() => loadVirtualModule(folderWith({ 'README.md': '# seeds' }))).toThrow(/no seed plans/)
  })
})
