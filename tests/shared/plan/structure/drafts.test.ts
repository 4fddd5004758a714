import { describe, expect, it } from 'vitest'
import { draftTasks } from '../../../../src/shared/plan/structure/drafts'
import { buildOutline } from '../../../../src/shared/plan/structure/outline'

const linesOf = (text: string) => text.split('\n').map((line, index) => ({ text: line, line: index + 1 }))
const draft = (text: string, wrapWidth = Number.POSITIVE_INFINITY) => draftTasks(buildOutline(linesOf(text)), wrapWidth)

describe('draftTasks', () => {
  it('numbers tasks by chapter and item and joins lines a PDF broke', () => {
    const { tasks } = draft('一、围绕中心工作\n（一）及时发布目录。（局办公\n室牵头）\n（二）做好公开。\n二、加强培训\n（一）开展培训。')
    expect(tasks.map(t => [t.chapter, t.item, t.chapterTitle, t.text, t.label])).toEqual([
      [1, 1, '围绕中心工作', '及时发布目录。（局办公室牵头）', '一（一）'],
      [1, 2, '围绕中心工作', '做好公开。', '一（二）'],
      [2, 1, '加强培训', '开展培训。', '二（一）'],
    ])
  })

  it('gives three-level tasks their position in the chapter and their section title', () => {
    const { tasks } = draft('一、甲\n（一）做优政策发布\n1.完善文件库。\n2.规范解读。\n（二）做实推送\n1.拓展渠道。')
    expect(tasks.map(t => [t.chapter, t.item, t.sectionTitle, t.text])).toEqual([
      [1, 1, '做优政策发布', '完善文件库。'],
      [1, 2, '做优政策发布', '规范解读。'],
      [1, 3, '做实推送', '拓展渠道。'],
    ])
  })

  it('keeps the printed number when numbering runs on across chapters', () => {
    const { tasks } = draft('一、甲\n1.做好。\n2.做好。\n二、乙\n3.做好。')
    expect(tasks.map(t => [t.chapter, t.item, t.label])).toEqual([[1, 1, '一、1.'], [1, 2, '一、2.'], [2, 3, '二、3.']])
  })

  it('keeps sub-points inside their task, numbers and all', () => {
    const { tasks } = draft('一、甲\n（一）做好公开。\n1.公开目录；\n2.公开清单。\n（二）做好解读。\n（三）做好回应。')
    expect(tasks[0].text).toBe('做好公开。1.公开目录；2.公开清单。')
  })

  it('makes a chapter written as paragraphs one task', () => {
    const { tasks } = draft('一、甲\n（一）做好。\n二、工作保障\n各部门要加强组织领导。')
    expect(tasks[1]).toMatchObject({ chapter: 2, item: 1, chapterTitle: '工作保障', text: '各部门要加强组织领导。' })
  })

  it('keeps a chapter such as 总体要求 as framing, not as a task', () => {
    const { tasks, framing } = draft('一、总体要求\n坚持以人民为中心。\n二、重点任务\n（一）做好。')
    expect(tasks.map(t => [t.chapter, t.item])).toEqual([[2, 1]])
    expect(framing.map(line => line.text)).toEqual(['坚持以人民为中心。'])
  })

  it('reports a chapter introduction, which belongs to no task', () => {
    const { unplaced } = draft('一、甲\n本章围绕中心工作展开。\n（一）做好。')
    expect(unplaced).toEqual([{ line: 2, text: '本章围绕中心工作展开。', reason: 'chapter-intro' }])
  })

  it('joins a chapter heading that a PDF wrapped onto the next line', () => {
    const { tasks } = draft('一、以政策公开助力营商环境持续优化，推动惠企政策更加直达\n快享\n（一）做好。', 28)
    expect(tasks[0].chapterTitle).toBe('以政策公开助力营商环境持续优化，推动惠企政策更加直达快享')
  })

  it('remembers which input line each part of a task came from', () => {
    const { tasks } = draft('一、甲\n（一）第一行，\n第二行。')
    expect(tasks[0].joined.starts).toEqual([{ offset: 0, line: 2 }, { offset: 4, line: 3 }])
  })
})
