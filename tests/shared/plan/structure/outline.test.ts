import { describe, expect, it } from 'vitest'
import { buildOutline } from '../../../../src/shared/plan/structure/outline'
import { taskLevelOf } from '../../../../src/shared/plan/structure/taskLevel'

const linesOf = (text: string) => text.split('\n').map((line, index) => ({ text: line, line: index + 1 }))
const shape = (text: string) => buildOutline(linesOf(text)).roots.map(root => [root.marker.label, root.children.map(child => child.marker.label)])

describe('buildOutline', () => {
  it('nests styles by the order they first appear in', () => {
    expect(shape('前言\n一、甲\n（一）子\n（二）子\n二、乙\n（一）子')).toEqual([['一、', ['（一）', '（二）']], ['二、', ['（一）']]])
  })

  it('keeps a number that breaks the sequence as text of the item above and reports it', () => {
    const outline = buildOutline(linesOf('一、甲\n（一）做好\n三、的工作推进\n二、乙'))
    expect(outline.roots.map(root => root.marker.label)).toEqual(['一、', '二、'])
    expect(outline.roots[0].children[0].body.map(line => line.text)).toEqual(['三、的工作推进'])
    expect(outline.rejected).toEqual([{ line: 3, label: '三、', expected: 2 }])
  })

  it('accepts numbering that runs on across chapters', () => {
    expect(shape('一、甲\n1.做好\n2.做好\n二、乙\n3.做好\n4.做好')).toEqual([['一、', ['1.', '2.']], ['二、', ['3.', '4.']]])
  })

  it('puts text before the first heading in the preamble', () => {
    expect(buildOutline(linesOf('为做好工作，制定本要点。\n一、甲')).preamble.map(line => line.text)).toEqual(['为做好工作，制定本要点。'])
  })

  it('does not start a new level at a number other than 1', () => {
    const outline = buildOutline(linesOf('一、甲\n（一）做好\n5.这一行是断开的句子'))
    expect(outline.levels).toEqual(['chinese', 'chinese-paren'])
  })
})

describe('taskLevelOf', () => {
  it('makes the items under chapters the tasks', () => {
    expect(taskLevelOf(buildOutline(linesOf('一、甲\n（一）做好\n（二）做好\n二、乙\n（一）做好')))).toBe(1)
  })

  it('makes the deepest level the tasks when most sections are split into it', () => {
    expect(taskLevelOf(buildOutline(linesOf('一、甲\n（一）节\n1.做好\n2.做好\n（二）节\n1.做好\n二、乙\n（一）节\n1.做好')))).toBe(2)
  })

  it('treats a deeper level used here and there as points inside a task', () => {
    expect(taskLevelOf(buildOutline(linesOf('一、甲\n（一）做好\n1.其一\n2.其二\n（二）做好\n（三）做好\n二、乙\n（一）做好')))).toBe(1)
  })

  it('has no chapters when the numbered items stand alone', () => {
    expect(taskLevelOf(buildOutline(linesOf('1.做好\n2.做好\n3.做好')))).toBe(0)
  })
})
