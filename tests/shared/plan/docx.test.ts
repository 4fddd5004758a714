import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DocxReadError, docxToText, parsePlan } from '../../../src/shared/plan'
import { samplePlanDocx, samplePlanText } from './sampleDocx'

describe('docxToText', () => {
  it('gives paragraphs as lines, list numbers back, and table rows as tab-separated cells', () => {
    expect(docxToText(samplePlanDocx())).toBe(samplePlanText)
  })

  it('gives text that parses into tasks with the table\'s rows', () => {
    const plan = parsePlan(docxToText(samplePlanDocx()))
    expect(plan.tasks.map(t => [t.chapter, t.item, t.title, t.checklist.map(c => c.row)])).toEqual([
      [1, 1, '推进政策集成发布', [1, 2]],
      [1, 2, '强化政策解读', [3]],
      [2, 1, '办好政府开放活动', [4]],
    ])
    expect(plan.tasks[0].checklist[1]).toMatchObject({ owners: ['区司法局', '区政府办公室'], due: '2024-06-30' })
  })

  it('refuses bytes that are not a zip, naming the problem', () => {
    expect(() => docxToText(strToU8('这不是Word文档'))).toThrow(DocxReadError)
    expect(() => docxToText(strToU8('这不是Word文档'))).toThrow(/不是有效的 \.docx 文件/)
  })

  it('refuses a zip without a Word document in it', () => {
    expect(() => docxToText(zipSync({ 'content.xml': strToU8('<office:document/>') }))).toThrow(/no word\/document\.xml/)
  })
})
