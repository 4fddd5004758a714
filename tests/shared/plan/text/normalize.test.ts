import { describe, expect, it } from 'vitest'
import { normalizeLine, normalizeLines, splitSourceLines } from '../../../../src/shared/plan/text/normalize'

describe('normalizeLine', () => {
  it('writes half-width punctuation in Chinese text full-width', () => {
    expect(normalizeLine('(责任单位:区府办、各部门,完成时限:全年)')).toBe('（责任单位：区府办、各部门，完成时限：全年）')
  })

  it('leaves a clock time and an English phrase alone', () => {
    expect(normalizeLine('2020-05-09 14:50:07')).toBe('2020-05-09 14:50:07')
    expect(normalizeLine('Processed in 0.098 seconds')).toBe('Processed in 0.098 seconds')
  })

  it('drops the spaces a PDF puts inside Chinese text', () => {
    expect(normalizeLine('2024 年 5 月 10 日印发')).toBe('2024年5月10日印发')
    expect(normalizeLine('（区数据局牵头，各 部 门 负责）')).toBe('（区数据局牵头，各部门负责）')
  })

  it('curls straight quotes in Chinese text', () => {
    expect(normalizeLine('依托“一网通办"个人主页和"随申办"移动端')).toBe('依托“一网通办”个人主页和“随申办”移动端')
  })

  it('turns full-width digits and letters into ASCII', () => {
    expect(normalizeLine('不低于６０％，ＶＲ展示')).toBe('不低于60%，VR展示')
  })

  it('removes Markdown markup but keeps the words', () => {
    expect(normalizeLine('### **三、围绕高效能治理推进生态环境监管信息公开**')).toBe('三、围绕高效能治理推进生态环境监管信息公开')
    expect(normalizeLine('---')).toBe('')
  })

  it('keeps the tabs of a table row, even a leading one (an empty cell)', () => {
    expect(normalizeLine('\t\t落实将政务公开工作纳入绩效考核\t区政府办公室\t12月底前 ')).toBe('\t\t落实将政务公开工作纳入绩效考核\t区政府办公室\t12月底前')
  })

  it('removes a page number printed inside a line', () => {
    expect(normalizeLine('各部门负责）— 2 —二、加强')).toBe('各部门负责）二、加强')
  })

  it('removes invisible characters and non-breaking spaces', () => {
    expect(normalizeLine('\u00A0\u00A0政务\u200B公开\u3000')).toBe('政务公开')
  })
})

describe('splitSourceLines', () => {
  it('numbers lines from 1 for every line ending', () => {
    const lines = normalizeLines(splitSourceLines('\uFEFF第一行\r\n第二行\r第三行\n'))
    expect(lines.map(line => [line.line, line.text])).toEqual([[1, '第一行'], [2, '第二行'], [3, '第三行'], [4, '']])
  })
})

describe('radical code points from PDFs', () => {
  it('become the ideographs they stand for: 人民, 门户, 工作, 长期', () => {
    expect(normalizeLine('区⼈⺠政府⻔⼾⽹站⼯作⻓期')).toBe('区人民政府门户网站工作长期')
  })
})
