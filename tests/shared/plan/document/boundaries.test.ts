import { describe, expect, it } from 'vitest'
import { findHardEnd, isClosingLine } from '../../../../src/shared/plan/document/boundaries'

const linesOf = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }))

describe('where the body ends', () => {
  it.each([
    ['附件：2021年青浦区政务公开工作要点任务分解表'],
    ['抄送：区委各部门，区人大办。'],
    ['信息公开属性：主动公开'],
    ['（此件公开发布）'],
    ['青浦区生态环境局办公室 2024 年 5 月 10 日印发'],
    ['2023年4月27日'],
  ])('%s closes the document', (text) => {
    expect(isClosingLine(linesOf(text), 0)).toBe(true)
  })

  it('knows a signature by the date under it', () => {
    const lines = linesOf('上海市生态环境局办公室', '2023年4月27日印发')
    expect(isClosingLine(lines, 0)).toBe(true)
    expect(isClosingLine(linesOf('区政府办公室持续加强对政务公开工作的组织领导。', '2024年5月6日'), 0)).toBe(false)
  })

  it('stops at the breakdown table\'s header', () => {
    expect(findHardEnd(linesOf('（三）做好。', '序号\t任务名称\t任务内容\t责任单位\t时间节点', '1\t甲\t乙\t丙\t全年'), 0)).toBe(1)
    expect(findHardEnd(linesOf('（三）做好。', '各部门要抓好落实。'), 0)).toBe(2)
  })
})
