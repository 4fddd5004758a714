import { describe, expect, it } from 'vitest'
import { matchUnitNames } from '../../../../shared/units/directory/match'
import { directoryOfKnownUnits } from './unitDirectory'
import { applyUnitChoices, firstChoice, unitNamesOfTasks, unresolvedUnits, type UnitRow } from './unitMapping'

const task = (leads: string[], owners: string[]) => ({ assignments: [{ leads, owners }], checklist: [{ text: '落实', leads, owners, deadline: null, due: null, source: 'text' as const, row: null }] })
const tasks = [task(['区府办'], ['各街镇']), task(['数据局'], ['区政府办公室']), task(['数据局'], [])]
const nodes = directoryOfKnownUnits(['区政府办公室', '区数据局', '各部门', '区政府办公室'])

describe('mapping a plan\'s units on import', () => {
  it('lists the concrete units the tasks name, not groups, with the number of tasks naming each', () => {
    expect([...unitNamesOfTasks(tasks)]).toEqual([['区府办', 1], ['数据局', 2], ['区政府办公室', 1]])
  })

  it('builds the stand-in directory from known names: one node each, groups left out', () => {
    expect(nodes.map(node => `${node.id}:${node.kind}`)).toEqual(['区政府办公室:office', '区数据局:department'])
  })

  it('knows the spellings the app already treats as one unit as aliases of it', () => {
    const [office] = directoryOfKnownUnits(['区政府办公室'], ['区府办', '数据局', '区政府办公室'])
    expect(office.aliases).toEqual(['区府办'])
    expect(matchUnitNames(['区府办'], [office])).toMatchObject([{ status: 'alias', node: { id: '区政府办公室' } }])
  })

  it('takes sure matches as chosen and leaves the rest open', () => {
    const rows: UnitRow[] = matchUnitNames([...unitNamesOfTasks(tasks).keys()], nodes).map(match => ({ match, choice: firstChoice(match), taskCount: 1 }))
    expect(unresolvedUnits(rows)).toEqual(['区府办', '数据局'])
  })

  it('renames mapped units in every task and checklist item and keeps new ones as written', () => {
    const rows: UnitRow[] = [
      { match: { name: '区府办', status: 'unknown', suggestions: [] }, choice: { nodeId: '区政府办公室' }, taskCount: 1 },
      { match: { name: '数据局', status: 'unknown', suggestions: [] }, choice: { newUnit: true }, taskCount: 2 },
    ]
    const { tasks: renamed, unitMap } = applyUnitChoices(tasks, rows, nodes)
    expect(unitMap).toEqual({ 区府办: '区政府办公室', 区政府办公室: '区政府办公室' })
    expect(renamed[0]).toEqual(task(['区政府办公室'], ['各街镇']))
    expect(renamed[1]).toEqual(task(['数据局'], ['区政府办公室']))
  })
})
