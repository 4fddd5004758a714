import { describe, expect, it } from 'vitest'
import { findTitle } from '../../../../src/shared/plan/document/title'

const linesOf = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }))

describe('findTitle', () => {
  it('finds the plan\'s own title line, not the notice that forwards it', () => {
    const title = findTitle(linesOf('青浦区人民政府办公室关于印发《2021年青浦区政务公开工作要点》的通知', '2021年4月21日', '2021年青浦区政务公开工作要点', '一、夯实基础'))
    expect(title).toMatchObject({ title: '2021年青浦区政务公开工作要点', fromNotice: false, isTable: false })
    expect(title?.source.line).toBe(3)
  })

  it('joins a title a PDF wrapped onto a second line', () => {
    expect(findTitle(linesOf('附件', '2024年青浦区生态环境局政务公开', '工作要点', '为做好工作，制定本要点。'))).toMatchObject({ title: '2024年青浦区生态环境局政务公开工作要点', span: 2 })
  })

  it('falls back to the title the notice quotes', () => {
    expect(findTitle(linesOf('上海市生态环境局关于印发《2023年上海市生态环境局政务公开工作要点》的通知', '一、加强'))).toMatchObject({ title: '2023年上海市生态环境局政务公开工作要点', fromNotice: true })
  })

  it('prefers the plan to its breakdown table, and takes the table when it is all there is', () => {
    expect(findTitle(linesOf('2021年青浦区政务公开工作要点', '2021年青浦区政务公开工作要点任务分解表'))?.isTable).toBe(false)
    expect(findTitle(linesOf('2022年闵行区政务公开工作要点任务分解表', '序号\t任务名称'))).toMatchObject({ isTable: true })
  })

  it('finds no title in an annual report or a notice', () => {
    expect(findTitle(linesOf('2023年青浦区政府信息公开工作年度报告', '一、总体情况'))).toBeNull()
    expect(findTitle(linesOf('关于开展2024年“政府开放月”活动的通知', '一、活动时间'))).toBeNull()
  })
})
