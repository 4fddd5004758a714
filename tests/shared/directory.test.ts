import { describe, expect, it } from 'vitest'
import { ancestorsOf, childrenOf, expandGroup, indexDirectory, lookUpUnitName, newNodeId, organizationOf, ownerFromIssuer, planUnitResolver, resolvePlanUnits, subtreeIds, taskUnitNodes, validateDirectory } from '../../src/shared/units/directory'
import { testNodes } from './directoryFixture'

const directory = indexDirectory(testNodes)

describe('the directory tree', () => {
  it('gives a leaf department the district as organization, and a bureau with sections itself', () => {
    expect(organizationOf(directory, '区数据局')?.id).toBe('青浦区人民政府')
    expect(organizationOf(directory, '区生态环境局')?.id).toBe('区生态环境局')
    expect(organizationOf(directory, '综合规划科')?.id).toBe('区生态环境局')
    expect(organizationOf(directory, '大气处')?.id).toBe('上海市生态环境局')
    expect(organizationOf(directory, 'nobody')).toBeUndefined()
  })

  it('lists children by kind and walks subtrees and ancestors', () => {
    expect(childrenOf(directory, '青浦区人民政府', { kinds: ['town'] }).map(n => n.id)).toEqual(['夏阳街道', '朱家角镇'])
    expect(subtreeIds(directory, '区生态环境局').sort()).toEqual(['区生态环境局', '局办公室', '监测站', '综合规划科'].sort())
    expect(subtreeIds(directory, '青浦区人民政府')).not.toContain('大气处')
    expect(ancestorsOf(directory, '综合规划科').map(n => n.id)).toEqual(['综合规划科', '区生态环境局', '青浦区人民政府'])
  })

  it('leaves retired units out of children but keeps them in the subtree', () => {
    const retired = indexDirectory(testNodes.map(n => n.id === '区数据局' ? { ...n, retired: true } : n))
    expect(childrenOf(retired, '青浦区人民政府').map(n => n.id)).not.toContain('区数据局')
    expect(subtreeIds(retired, '青浦区人民政府')).toContain('区数据局')
  })
})

describe('validating a directory document', () => {
  it('accepts the test tree', () => {
    expect(validateDirectory({ nodes: testNodes }).ok).toBe(true)
  })

  it('names the field of a bad shape', () => {
    const check = validateDirectory({ nodes: [{ ...testNodes[0], kind: 'ministry' }] })
    expect(check.ok).toBe(false)
    expect(!check.ok && check.problems[0].path).toBe('nodes[0].kind')
  })

  it('finds unknown parents, non-organization roots, cycles and duplicate ids', () => {
    const problems = (nodes: unknown[]) => {
      const check = validateDirectory({ nodes })
      return check.ok ? [] : check.problems.map(p => `${p.path}: ${p.message}`)
    }
    expect(problems([...testNodes, { ...testNodes[2], id: 'x', parentId: 'missing' }])).toEqual([`nodes[${testNodes.length}].parentId: 没有上级单位 missing`])
    expect(problems([{ ...testNodes[2], parentId: null }])[0]).toMatch(/没有上级单位，只能是组织/)
    expect(problems([testNodes[0], { ...testNodes[2], parentId: 'b' }, { ...testNodes[3], id: 'b', parentId: '区数据局' }])[0]).toMatch(/不能是自己的下级单位/)
    expect(problems([testNodes[0], testNodes[0]])[0]).toMatch(/单位编号 .* 重复/)
  })

  it('refuses one name for two units of one organization, but allows it across organizations', () => {
    const twice = [...testNodes, { ...testNodes[5], id: '另一个科', shortNames: ['办公室'] }]
    expect(validateDirectory({ nodes: twice }).ok).toBe(false)
    // 局办公室 is both the district bureau's and the city bureau's: different organizations.
    expect(validateDirectory({ nodes: testNodes }).ok).toBe(true)
  })
})

describe('looking names up', () => {
  it('finds by name, short name and alias', () => {
    expect(lookUpUnitName(directory, '区府办')).toMatchObject({ status: 'found', node: { id: '区政府办公室' } })
    expect(lookUpUnitName(directory, '青浦区生态环境局')).toMatchObject({ status: 'found', node: { id: '区生态环境局' } })
    expect(lookUpUnitName(directory, '区规划资源局')).toEqual({ status: 'unknown' })
  })

  it('reads 办公室 as the nearest organization\'s office and calls it ambiguous with no context', () => {
    expect(lookUpUnitName(directory, '办公室', '区生态环境局')).toMatchObject({ status: 'found', node: { id: '局办公室' } })
    expect(lookUpUnitName(directory, '办公室', '上海市生态环境局')).toMatchObject({ status: 'found', node: { id: '上海市生态环境局/局办公室' } })
    expect(lookUpUnitName(directory, '办公室').status).toBe('ambiguous')
  })
})

describe('expanding generic groups within the owner\'s organization', () => {
  it('gives a district plan\'s 各部门 the district\'s departments, not the city bureau\'s sections', () => {
    const ids = expandGroup(directory, '区政府各部门', '青浦区人民政府')!
    expect(ids).toEqual(expect.arrayContaining(['区数据局', '区生态环境局', '区政府办公室']))
    expect(ids).not.toContain('大气处')
    expect(ids).not.toContain('综合规划科')
  })

  it('gives a bureau plan\'s 各部门 and 各科室 its own sections and office', () => {
    expect(expandGroup(directory, '各部门', '区生态环境局')!.sort()).toEqual(['局办公室', '监测站', '综合规划科'].sort())
    expect(expandGroup(directory, '各业务部门', '区生态环境局')!.sort()).toEqual(['监测站', '综合规划科'].sort())
    expect(expandGroup(directory, '各直属单位', '区生态环境局')).toEqual(['监测站'])
  })

  it('expands 各街镇, 各镇 and 各街道 to the towns of the district only', () => {
    expect(expandGroup(directory, '各街镇', '青浦区人民政府')!.sort()).toEqual(['夏阳街道', '朱家角镇'].sort())
    expect(expandGroup(directory, '各镇', '青浦区人民政府')).toEqual(['朱家角镇'])
    expect(expandGroup(directory, '各街道', '青浦区人民政府')).toEqual(['夏阳街道'])
    expect(expandGroup(directory, '各街镇', '上海市生态环境局')).toEqual([])
  })

  it('matches 各区生态环境局 by the shared ending, and is null for a concrete unit', () => {
    expect(expandGroup(directory, '各区生态环境局', '上海市生态环境局')).toEqual(['浦东新区生态环境局'])
    expect(expandGroup(directory, '区数据局', '青浦区人民政府')).toBeNull()
    expect(expandGroup(directory, '各部门', null)).toEqual([])
  })
})

describe('a plan\'s owner and units', () => {
  const bureauPlan = {
    issuer: '青浦区生态环境局',
    tasks: [
      { assignments: [{ leads: ['办公室'], owners: ['各业务部门'] }], checklist: [] },
      { assignments: [{ leads: ['综合规划科', '区规划资源局'], owners: [] }], checklist: [] },
    ],
  }

  it('takes the owner from the issuer, an office issuing for its organization', () => {
    expect(ownerFromIssuer(directory, '青浦区人民政府办公室')).toBe('青浦区人民政府')
    expect(ownerFromIssuer(directory, '青浦区生态环境局')).toBe('区生态环境局')
    expect(ownerFromIssuer(directory, '某某局')).toBeNull()
  })

  it('maps each concrete name, and reports the unknown ones rather than inventing units', () => {
    const resolution = resolvePlanUnits(directory, bureauPlan)
    expect(resolution.owner).toBe('区生态环境局')
    expect(resolution.unitMap).toEqual({ 办公室: '局办公室', 综合规划科: '综合规划科' })
    expect(resolution.unknown).toEqual(['区规划资源局'])
  })

  it('resolves leads and owners of a task through the map and the groups', () => {
    const resolve = planUnitResolver(directory, { ...bureauPlan, unitMap: { 办公室: '局办公室' } })
    const nodes = taskUnitNodes(bureauPlan.tasks[0], resolve)
    expect([...nodes.leads]).toEqual(['局办公室'])
    expect([...nodes.owners].sort()).toEqual(['监测站', '综合规划科'].sort())
  })

  it('reads a task that carries the mapped unit under its directory name as that node', () => {
    // The city plan's 局办公室, renamed by the import from 办公室: not the district bureau's.
    const resolve = planUnitResolver(directory, { issuer: '某单位', unitMap: { 办公室: '上海市生态环境局/局办公室' } })
    expect(resolve('局办公室')).toEqual(['上海市生态环境局/局办公室'])
  })

  it('follows a stored unit map over the names', () => {
    const resolve = planUnitResolver(directory, { issuer: '上海市生态环境局', unitMap: { 办公室: '上海市生态环境局/局办公室', 某处: '' } })
    expect(resolve('办公室')).toEqual(['上海市生态环境局/局办公室'])
    expect(resolve('某处')).toEqual([])
  })
})

describe('new node ids', () => {
  it('uses the name when free and qualifies it by organization when taken', () => {
    expect(newNodeId(directory, '区司法局', '青浦区人民政府')).toBe('区司法局')
    expect(newNodeId(directory, '综合规划科', '上海市生态环境局')).toBe('上海市生态环境局/综合规划科')
    expect(newNodeId(directory, '局办公室', '上海市生态环境局')).toBe('上海市生态环境局/局办公室-2')
  })
})
