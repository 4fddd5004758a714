// A small directory for tests: a district with an office, bureaus (one with sections of its
// own) and towns, and a city bureau whose office shares a name with the district bureau's.
import type { DirectoryNode, DirectoryNodeKind } from '../../src/shared/units/directory'

function node(id: string, parentId: string | null, kind: DirectoryNodeKind, extra: Partial<DirectoryNode> = {}): DirectoryNode {
  return { id, name: id, parentId, kind, shortNames: [], aliases: [], order: 0, retired: false, ...extra }
}

export const testNodes: DirectoryNode[] = [
  node('青浦区人民政府', null, 'organization', { aliases: ['上海市青浦区人民政府'] }),
  node('区政府办公室', '青浦区人民政府', 'office', { shortNames: ['区府办'], aliases: ['青浦区人民政府办公室'] }),
  node('区数据局', '青浦区人民政府', 'department'),
  node('区生态环境局', '青浦区人民政府', 'department', { aliases: ['青浦区生态环境局'] }),
  node('局办公室', '区生态环境局', 'office', { shortNames: ['办公室'] }),
  node('综合规划科', '区生态环境局', 'section'),
  node('监测站', '区生态环境局', 'affiliate'),
  node('朱家角镇', '青浦区人民政府', 'town'),
  node('夏阳街道', '青浦区人民政府', 'town'),
  node('上海市生态环境局', null, 'organization', { shortNames: ['市生态环境局'] }),
  node('上海市生态环境局/局办公室', '上海市生态环境局', 'office', { name: '局办公室', shortNames: ['办公室'] }),
  node('大气处', '上海市生态环境局', 'section'),
  node('水处', '上海市生态环境局', 'section'),
  node('浦东新区生态环境局', '上海市生态环境局', 'department'),
]
