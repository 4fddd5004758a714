import { describe, expect, it } from 'vitest'
import { directoryTreeRows, indexDirectory, kindsUnder, myOrganizationId, unitDisplayName, unitsOfOrganization } from './directoryView'
import { testNodes } from '../../../../../tests/shared/directoryFixture'

const directory = indexDirectory(testNodes)

describe('the directory as screens use it', () => {
  it('names a unit by its node id, and shows an unknown id as it is', () => {
    expect(unitDisplayName(directory, '上海市生态环境局/局办公室')).toBe('局办公室')
    expect(unitDisplayName(directory, '某个旧单位')).toBe('某个旧单位')
  })

  it('offers the units of my organization only, without retired ones', () => {
    const retired = indexDirectory(testNodes.map(n => n.id === '夏阳街道' ? { ...n, retired: true } : n))
    const ids = unitsOfOrganization(retired, myOrganizationId(retired, '区数据局')).map(n => n.id)
    expect(ids).toContain('区生态环境局')
    expect(ids).toContain('综合规划科')
    expect(ids).not.toContain('夏阳街道')
    expect(ids).not.toContain('大气处')
    expect(ids).not.toContain('青浦区人民政府')
    expect(unitsOfOrganization(directory, null)).toEqual([])
  })

  it('lists a bureau with sections first among its own units: the district\'s plan names it, and its staff belong to it', () => {
    const bureau = myOrganizationId(directory, '综合规划科')
    expect(bureau).toBe('区生态环境局')
    const ids = unitsOfOrganization(directory, bureau).map(n => n.id)
    expect(ids[0]).toBe('区生态环境局')
    expect(ids).toContain('综合规划科')
    expect(ids).not.toContain('区数据局')
    expect(unitsOfOrganization(directory, myOrganizationId(directory, '区生态环境局'))[0].id).toBe('区生态环境局')
  })

  it('lists the tree depth-first with depths and child counts', () => {
    const rows = directoryTreeRows(directory)
    expect(rows.filter(r => r.depth === 0).map(r => r.node.id).sort()).toEqual(['上海市生态环境局', '青浦区人民政府'].sort())
    const bureau = rows.findIndex(r => r.node.id === '区生态环境局')
    expect(rows[bureau]).toMatchObject({ depth: 1, childCount: 3 })
    expect(rows[bureau + 1].depth).toBe(2)
    expect(rows).toHaveLength(testNodes.length)
  })

  it('suggests sections under a bureau and departments under an organization', () => {
    expect(kindsUnder(directory.nodes.get('区生态环境局'))[0]).toBe('section')
    expect(kindsUnder(directory.nodes.get('青浦区人民政府'))[0]).toBe('department')
  })
})
