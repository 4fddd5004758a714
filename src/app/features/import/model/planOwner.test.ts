import { describe, expect, it } from 'vitest'
import type { DirectoryNode } from '../../../../shared/units/directory/node'
import { indexDirectory } from '../../../../shared/units/directory'
import { importOwner } from './planOwner'

const node = (id: string, parentId: string | null, kind: DirectoryNode['kind'], aliases: string[] = []): DirectoryNode => ({ id, name: id, parentId, kind, shortNames: [], aliases, order: 0, retired: false })
const directory = indexDirectory([
  node('青浦区人民政府', null, 'organization'),
  node('区政府办公室', '青浦区人民政府', 'office', ['青浦区人民政府办公室']),
  node('区生态环境局', '青浦区人民政府', 'department', ['青浦区生态环境局']),
  node('综合规划科', '区生态环境局', 'section'),
  node('上海市生态环境局', null, 'organization'),
])

describe('the owner of an imported plan', () => {
  it('is the node its issuer names, an office issuing for its organization', () => {
    expect(importOwner(directory, '青浦区人民政府', '青浦区人民政府办公室')).toBe('青浦区人民政府')
    expect(importOwner(directory, '青浦区人民政府', '青浦区生态环境局')).toBe('区生态环境局')
  })

  it('is my organization when the issuer is unknown or another organization\'s', () => {
    expect(importOwner(directory, '青浦区人民政府', '嘉定区人民政府办公室')).toBe('青浦区人民政府')
    expect(importOwner(directory, '青浦区人民政府', '上海市生态环境局')).toBe('青浦区人民政府')
  })

  it('is none before the device has the directory', () => {
    expect(importOwner(indexDirectory([]), null, '青浦区人民政府办公室')).toBeNull()
  })
})
