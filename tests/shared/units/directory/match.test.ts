import { describe, expect, it } from 'vitest'
import type { DirectoryNode, DirectoryNodeKind } from '../../../../src/shared/units/directory/node'
import { cleanUnitName, matchUnitNames, unitMatcher } from '../../../../src/shared/units/directory/match'

let order = 0
function node(id: string, name: string, parentId: string | null, kind: DirectoryNodeKind, more: Partial<DirectoryNode> = {}): DirectoryNode {
  return { id, name, parentId, kind, shortNames: [], aliases: [], order: order++, retired: false, ...more }
}

// A district with its office, two bureaus (one with sections of its own) and a town; a city bureau
// with an office of its own: 办公室 is written for more than one of them.
const district = [
  node('qp', '青浦区人民政府', null, 'organization'),
  node('qp-office', '区政府办公室', 'qp', 'office', { shortNames: ['区府办'], aliases: ['区人民政府办公室'] }),
  node('qp-data', '区数据局', 'qp', 'department'),
  node('qp-eco', '区生态环境局', 'qp', 'department', { shortNames: ['区环保局'] }),
  node('qp-eco-office', '办公室', 'qp-eco', 'section', { shortNames: ['局办公室'] }),
  node('qp-eco-law', '法规科', 'qp-eco', 'section'),
  node('qp-build', '区建设管理委', 'qp', 'department', { aliases: ['区建设和管理委', '区交通委'] }),
  node('qp-zhujiajiao', '朱家角镇', 'qp', 'town'),
  node('qp-old', '区经委', 'qp', 'department', { retired: true }),
]
const city = [
  node('sh-eco', '上海市生态环境局', null, 'organization'),
  node('sh-eco-office', '办公室', 'sh-eco', 'section', { shortNames: ['局办公室'] }),
  node('sh-eco-air', '大气环境处', 'sh-eco', 'section', { shortNames: ['大气处'] }),
]
const directory = [...district, ...city]

describe('matching a plan\'s unit names to the directory', () => {
  it('finds a unit by its name, short name or alias, saying which', () => {
    const match = unitMatcher(directory)
    expect(match('区数据局')).toMatchObject({ status: 'exact', node: { id: 'qp-data' } })
    expect(match('区府办')).toMatchObject({ status: 'short', node: { id: 'qp-office' } })
    expect(match('区人民政府办公室')).toMatchObject({ status: 'alias', node: { id: 'qp-office' } })
    expect(match('大气处')).toMatchObject({ status: 'short', node: { id: 'sh-eco-air' } })
  })

  it('ignores spaces, bracket widths, quotes and a trailing 等 but nothing else', () => {
    expect(cleanUnitName(' 区 数据局等 ')).toBe('区数据局')
    expect(unitMatcher(directory)('“区数据局”')).toMatchObject({ status: 'exact', node: { id: 'qp-data' } })
    expect(unitMatcher(directory)('区数据中心')).toMatchObject({ status: 'unknown' })
  })

  it('reads a unit printed with its second name in brackets, either way round', () => {
    const match = unitMatcher(directory)
    expect(match('区建设管理委(区交通委)')).toMatchObject({ status: 'exact', node: { id: 'qp-build' } })
    expect(match('区交通委')).toMatchObject({ status: 'alias', node: { id: 'qp-build' } })
  })

  it('reports a name that two organizations use as ambiguous, with both candidates', () => {
    const found = unitMatcher(directory)('办公室')
    expect(found.status).toBe('ambiguous')
    expect(found.status === 'ambiguous' && found.candidates.map(c => c.id).sort()).toEqual(['qp-eco-office', 'sh-eco-office'])
    expect(unitMatcher(directory)('局办公室')).toMatchObject({ status: 'ambiguous' })
  })

  it('takes the issuing organization\'s own unit when the plan\'s issuer is known', () => {
    expect(unitMatcher(directory, { scopeId: 'qp-eco' })('办公室')).toMatchObject({ status: 'exact', node: { id: 'qp-eco-office' } })
    expect(unitMatcher(directory, { scopeId: 'sh-eco' })('局办公室')).toMatchObject({ status: 'short', node: { id: 'sh-eco-office' } })
    // A scope without such a unit does not hide the others.
    expect(unitMatcher(directory, { scopeId: 'qp-data' })('办公室')).toMatchObject({ status: 'ambiguous' })
  })

  it('calls a name the directory does not know unknown, offering units whose names end the same', () => {
    const found = unitMatcher(directory)('数据局')
    expect(found).toMatchObject({ status: 'unknown', suggestions: [{ id: 'qp-data' }] })
    expect(unitMatcher(directory)('区文旅局')).toEqual({ name: '区文旅局', status: 'unknown', suggestions: [] })
  })

  it('never matches a retired unit', () => {
    expect(unitMatcher(directory)('区经委')).toMatchObject({ status: 'unknown', suggestions: [] })
  })

  it('matches a list of names once each, in order', () => {
    expect(matchUnitNames(['区数据局', '朱家角镇', '区数据局', '区文旅局'], directory).map(m => `${m.name}:${m.status}`))
      .toEqual(['区数据局:exact', '朱家角镇:exact', '区文旅局:unknown'])
    expect(matchUnitNames(['区数据局'], [])).toEqual([{ name: '区数据局', status: 'unknown', suggestions: [] }])
  })

  it('does not hang on a directory whose parents form a loop', () => {
    const loop = [node('a', '甲局', 'b', 'department'), node('b', '乙局', 'a', 'department'), node('c', '办公室', 'a', 'section'), node('d', '办公室', null, 'section')]
    expect(unitMatcher(loop, { scopeId: 'z' })('办公室')).toMatchObject({ status: 'ambiguous' })
  })
})
