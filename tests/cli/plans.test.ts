// The plans command, spawned as users run it.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Plan } from '../../src/shared/plan'
import { samplePlanDocx } from '../shared/plan/sampleDocx'

const pdfFixtures = join(import.meta.dirname, '..', 'shared', 'plan', 'pdf', 'fixtures')

const root = join(import.meta.dirname, '..', '..')
const seeds = readdirSync(join(root, 'seeds')).filter(name => /\.(?:txt|docx)$/i.test(name)).sort().map(name => `seeds/${name}`)
const scratch = mkdtempSync(join(tmpdir(), 'plans-cli-'))

function plans(...files: string[]) {
  const result = spawnSync('npm', ['run', '-s', 'plans', '--', ...files], { cwd: root, encoding: 'utf8' })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('npm run -s plans', () => {
  it('prints one JSON object with every plan in the issue\'s shape, and exits 0', () => {
    const { status, stdout, stderr } = plans(...seeds)
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const output = JSON.parse(stdout) as { plans: Plan[] }
    expect(output.plans.map(plan => [plan.source, plan.tasks.length])).toEqual(seeds.map((source, index) => [source, [15, 20, 22, 16, 18][index]]))
    const task = output.plans[2].tasks[0]
    expect(Object.keys(output.plans[2])).toEqual(expect.arrayContaining(['source', 'title', 'year', 'issuer', 'docNumber', 'issuedOn', 'tasks', 'warnings']))
    expect(Object.keys(task)).toEqual(expect.arrayContaining(['chapter', 'item', 'chapterTitle', 'title', 'text', 'assignments', 'due', 'deadline', 'targets', 'checklist']))
    expect(Object.keys(task.checklist[0])).toEqual(expect.arrayContaining(['text', 'leads', 'owners', 'deadline', 'due', 'source', 'row']))
    expect(output.plans[2]).toMatchObject({ title: '2021年青浦区政务公开工作要点', docNumber: '青府办发〔2021〕17号', issuedOn: '2021-04-21' })
  }, 60_000)

  it('reads a .docx', () => {
    const file = join(scratch, 'plan.docx')
    writeFileSync(file, samplePlanDocx())
    const { status, stdout } = plans(file)
    expect(status).toBe(0)
    expect((JSON.parse(stdout) as { plans: Plan[] }).plans[0]).toMatchObject({ source: file, title: '2024年青浦区政务公开工作要点' })
  }, 60_000)

  it('reads a plan saved as GB18030 by an older Windows tool', () => {
    const file = join(scratch, 'gbk.txt')
    // 2024年青浦区政务公开工作要点 / 一、加强 / （一）做好解读。（区府办负责） in GB18030
    writeFileSync(file, Buffer.from('32303234C4EAC7E0C6D6C7F8D5FECEF1B9ABBFAAB9A4D7F7D2AAB5E30AD2BBA1A2BCD3C7BF0AA3A8D2BBA3A9D7F6BAC3BDE2B6C1A1A3A3A8C7F8B8AEB0ECB8BAD4F0A3A9', 'hex'))
    const { status, stdout } = plans(file)
    expect(status).toBe(0)
    expect((JSON.parse(stdout) as { plans: Plan[] }).plans[0].tasks[0].assignments).toEqual([{ leads: [], owners: ['区府办'] }])
  }, 60_000)

  it('exits 2 with a one-line reason for a document that is not a work plan, printing nothing', () => {
    const file = join(scratch, 'report.txt')
    writeFileSync(file, '2023年青浦区政府信息公开工作年度报告\n一、总体情况\n二、主动公开情况\n')
    const { status, stdout, stderr } = plans(seeds[0], file)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^.*report\.txt: 找不到工作要点的标题.*not a work plan\)\n$/)
  }, 60_000)

  it('exits 2 for a file it cannot read, and without files', () => {
    const missing = plans(join(scratch, 'missing.txt'))
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/missing\.txt: 无法读取文件 \(cannot read the file\): ENOENT.*\n$/)
    expect(missing.stderr.trim().split('\n')).toHaveLength(1)
    const none = plans()
    expect(none.status).toBe(2)
    expect(none.stderr).toMatch(/^用法 \(usage\)/)
  }, 60_000)

  it('reads a PDF plan, with its running header and page numbers left out', () => {
    const { status, stdout, stderr } = plans(join(pdfFixtures, 'notice-plan.pdf'))
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const [plan] = (JSON.parse(stdout) as { plans: Plan[] }).plans
    expect(plan).toMatchObject({ title: '2025年嘉定区政务公开工作要点', issuer: '嘉定区人民政府办公室', docNumber: '嘉府办发〔2025〕6号' })
    expect(plan.tasks).toHaveLength(8)
  }, 60_000)

  it('exits 2 for a scanned PDF and an old .doc, saying what to do', () => {
    const doc = join(scratch, 'old.doc')
    writeFileSync(doc, Buffer.from('D0CF11E0A1B11AE1000000000000000000000000000000003E000300FEFF', 'hex'))
    const { status, stdout, stderr } = plans(join(pdfFixtures, 'scanned.pdf'), doc)
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/scanned\.pdf: 此PDF是扫描图片，没有文字层/),
      expect.stringMatching(/old\.doc: 这是旧版Word\(\.doc\)文件，请在Word\/WPS中另存为\.docx后再导入/),
    ])
  }, 60_000)

  it('takes --year --issuer --title for text that does not say them, and names the flags when they are missing', () => {
    const file = join(scratch, 'untitled.txt')
    writeFileSync(file, '为做好今年政务公开工作，制定本要点。\n一、加强政策公开\n（一）做好政策解读，于6月底前完成。（区府办负责）\n')
    const missing = plans(file)
    expect(missing.status).toBe(2)
    expect(missing.stderr).toMatch(/untitled\.txt: 工作要点缺少标题、年份、发文单位.*--title --year --issuer/)
    const { status, stdout } = plans('--year', '2026', '--issuer', '闵行区人民政府办公室', '--title=2026年闵行区政务公开工作要点', file)
    expect(status).toBe(0)
    const [plan] = (JSON.parse(stdout) as { plans: Plan[] }).plans
    expect(plan).toMatchObject({ year: 2026, issuer: '闵行区人民政府办公室', title: '2026年闵行区政务公开工作要点' })
    expect(plan.tasks[0]).toMatchObject({ due: '2026-06-30' })
  }, 60_000)

  it('shows the usage for a year that is no year or an unknown flag', () => {
    expect(plans('--year', '二〇二六', seeds[0])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^用法 \(usage\)/) })
    expect(plans('--month', '3', seeds[0])).toMatchObject({ status: 2, stderr: expect.stringMatching(/^用法 \(usage\)/) })
  }, 60_000)
})
