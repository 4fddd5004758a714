import { describe, expect, it } from 'vitest'
import { emptyNodeForm, formOfNode, nodeFormProblems, nodePatchOf, splitNames } from './nodeForm'
import { testNodes } from '../../../../../tests/shared/directoryFixture'

const office = testNodes.find(n => n.id === '区政府办公室')!

describe('the directory node form', () => {
  it('splits names at 顿号, commas and spaces, dropping repeats', () => {
    expect(splitNames('区府办、 区政府办,区府办，青浦区府办')).toEqual(['区府办', '区政府办', '青浦区府办'])
    expect(splitNames('  ')).toEqual([])
  })

  it('names the missing name and parent', () => {
    expect(nodeFormProblems(emptyNodeForm('', 'department'))).toEqual(['name', 'parent'])
    expect(nodeFormProblems({ ...emptyNodeForm('青浦区人民政府', 'department'), name: '区司法局' })).toEqual([])
  })

  it('sends only what changed, and nothing when nothing did', () => {
    expect(nodePatchOf(office, formOfNode(office))).toBeNull()
    expect(nodePatchOf(office, { ...formOfNode(office), aliases: '青浦区人民政府办公室、区政府办', retired: true }))
      .toEqual({ aliases: ['青浦区人民政府办公室', '区政府办'], retired: true })
  })
})
