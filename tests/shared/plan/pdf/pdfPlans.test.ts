// PDF → text → plan in Node with the pdf.js legacy build, on PDFs that Chromium printed
// (makePdfFixtures.ts): a notice and plan over three pages, a task table alone, a scan.
import { describe, expect, it } from 'vitest'
import { decodePlanFile, readPlanDraft } from '../../../../src/shared/plan'
import { position } from '../fixtures'
import { pdfFixture, readPdfInNode } from './readPdf'

async function textOf(name: string): Promise<string> {
  const decoded = await decodePlanFile(pdfFixture(name), `${name}.pdf`, { readPdf: readPdfInNode })
  if ('error' in decoded) throw new Error(decoded.error.message)
  return decoded.text
}

describe('a three-page PDF: notice, plan, running header and — N — page numbers', async () => {
  const text = await textOf('notice-plan')
  const lines = text.split('\n')

  it('removes the running header and the page numbers, and keeps the signature that reads like the header', () => {
    expect(text).not.toMatch(/—\s*\d\s*—/)
    expect(lines.filter(line => line === '嘉定区人民政府办公室')).toHaveLength(1)
    expect(lines[0]).toBe('嘉府办发〔2025〕6号')
  })

  it('joins lines broken at the right margin and at the page end into their paragraph', () => {
    expect(lines).toContain('（一）规范重大行政决策公众参与。严格执行重大行政决策程序规定，重大决策草案公开征求意见的期限不得少于30日，并通过政府网站集中公开意见采纳情况。全年邀请利益相关方、公众代表、专家列席区政府常务会议不少于4次。（区司法局牵头，各决策承办单位负责）')
    expect(lines.filter(line => /^[一二三]、/.test(line))).toEqual(['一、围绕优化营商环境加强政策公开', '二、围绕提升治理效能深化公众参与', '三、围绕夯实工作基础强化组织保障'])
  })

  it('writes 人民 and 门户 as characters, not as the radicals the PDF maps them to', () => {
    expect(text).toContain('门户网站')
    expect(text).not.toMatch(/[\u2E80-\u2FDF]/)
  })

  it('reads as a complete plan: identity, tasks, units, both deadlines of a sentence, targets', () => {
    const draft = readPlanDraft(text, { source: 'notice-plan.pdf' })
    expect(draft).toMatchObject({ title: '2025年嘉定区政务公开工作要点', year: 2025, issuer: '嘉定区人民政府办公室', docNumber: '嘉府办发〔2025〕6号', issuedOn: '2025-03-12', missing: [] })
    expect(draft.tasks.map(position)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2'])
    expect(draft.tasks[0].checklist.map(c => [c.due, c.leads, c.owners])).toEqual([
      ['2025-02-28', ['区政府办公室'], ['区发展改革委', '区经委', '区商务委']],
      ['2025-09-30', ['区政府办公室'], ['区发展改革委', '区经委', '区商务委']],
    ])
    expect(draft.tasks[4].checklist.map(c => c.due)).toEqual(['2025-05-20', '2025-11-30'])
    expect(draft.tasks[3].targets.map(t => [t.value, t.unit])).toEqual([[30, '日'], [4, '次']])
  })
})

describe('a task table alone over two pages: 第N页 共M页, the header row printed again, cells of several lines', async () => {
  const text = await textOf('task-table')
  const rows = text.split('\n').filter(line => line.includes('\t'))

  it('gives the header once and every row as tab-separated cells', () => {
    expect(text).not.toMatch(/第\s*\d+\s*页/)
    expect(rows[0]).toBe('工作任务\t具体要求\t责任科室\t时限要求')
    expect(rows).toHaveLength(15)
    expect(rows.every(row => row.split('\t').length === 4)).toBe(true)
    expect(rows[1]).toBe('规范信息发布\t建立信息发布前保密审查和内容审核机制，做到先审后发、应审必审，每季度至少1次对门户网站栏目开展自查。\t办公室\t全年')
    expect(rows[4]).toBe('办好数据开放活动\t围绕公共数据开放应用组织开放日活动至少2场，邀请企业和市民代表参加。\t数据资源科牵头，办公室配合\t9月中旬')
  })

  it('makes each row a task with its units and due date', () => {
    const draft = readPlanDraft(text)
    expect(draft).toMatchObject({ title: '2025年嘉定区数据局政务公开任务清单', year: 2025, issuer: '嘉定区数据局', missing: [] })
    expect(draft.tasks).toHaveLength(14)
    expect(draft.tasks.map(t => t.due).slice(0, 4)).toEqual(['2025-12-31', '2025-06-30', null, '2025-09-20'])
    expect(draft.tasks[3].checklist[0]).toMatchObject({ leads: ['数据资源科'], owners: ['办公室'] })
    expect(draft.tasks[13]).toMatchObject({ title: '加强保障落实', due: '2025-03-10' })
  })
})

describe('PDFs that give no plan text', () => {
  it('says a scanned PDF has no text layer, in Chinese first', async () => {
    expect(await decodePlanFile(pdfFixture('scanned'), 'scan.pdf', { readPdf: readPdfInNode })).toEqual({
      kind: 'pdf',
      error: { code: 'pdf-without-text', message: expect.stringMatching(/^此PDF是扫描图片，没有文字层.*\(this PDF is a scanned image without a text layer\)$/) },
    })
  })

  it('says a damaged PDF cannot be read, and leaves the caller\'s bytes whole', async () => {
    const damaged = new TextEncoder().encode('%PDF-1.7\n这不是PDF的内容')
    const decoded = await decodePlanFile(damaged, 'broken.pdf', { readPdf: readPdfInNode })
    expect(decoded).toMatchObject({ kind: 'pdf', error: { code: 'pdf-unreadable', message: expect.stringMatching(/^无法读取此PDF文件/) } })
    expect(damaged.byteLength).toBeGreaterThan(0)
  })

  it('refuses a PDF where no pdf.js was given', async () => {
    expect(await decodePlanFile(pdfFixture('task-table'), 'plan.pdf')).toMatchObject({ kind: 'pdf', error: { code: 'pdf-reader-missing' } })
  })
})
