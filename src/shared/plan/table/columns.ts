// What each column of a breakdown table holds, from its header cell.

export type ColumnRole = 'number' | 'category' | 'name' | 'content' | 'leads' | 'owners' | 'units' | 'deadline' | 'notes' | 'other'

const roles: Array<[ColumnRole, RegExp]> = [
  ['number', /^(?:序号|编号|序)$/],
  ['category', /^(?:类别|板块|分类|工作类别|任务类别|所属板块|领域|工作领域|一级任务|任务类型)$/],
  ['name', /^(?:任务名称|工作任务|任务|重点任务|工作事项|事项|项目|任务事项|二级任务|工作项目|主要任务|工作名称)$/],
  ['content', /(?:任务内容|具体内容|工作内容|主要内容|具体任务|工作措施|工作要求|具体措施|任务要求|具体要求|工作标准|内容|举措|具体工作)$/],
  ['leads', /^(?:牵头单位|牵头部门|牵头科室|牵头处室|主责单位|主责部门)$/],
  ['owners', /^(?:配合单位|配合部门|配合科室|配合处室|协同单位|协办单位|参与单位)$/],
  ['units', /(?:责任单位|责任部门|责任科室|责任处室|责任主体|承办单位|实施主体)$/],
  ['deadline', /(?:时间节点|完成时限|完成时间|时限|时间安排|进度安排|时间要求|时限要求)$/],
  ['notes', /^(?:备注|说明)$/],
]

export function columnRole(header: string): ColumnRole {
  const name = header.replace(/\s+/g, '')
  return roles.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other'
}

const saysWho: ColumnRole[] = ['leads', 'owners', 'units']

/** The roles of a header row, or null when the cells are not a breakdown table's header. A
 *  header without 序号 (a table copied alone) must also say who and by when, so that a line
 *  of ordinary words is not taken for one. */
export function headerRoles(cells: string[]): ColumnRole[] | null {
  const found = cells.map(columnRole)
  const known = found.filter(role => role !== 'other' && role !== 'number')
  const saysWhat = found.includes('content') || found.includes('name')
  if (!saysWhat) return null
  if (found.includes('number')) return known.length >= 2 ? found : null
  const whoAndWhen = found.some(role => saysWho.includes(role)) && found.includes('deadline')
  return known.length >= 3 && whoAndWhen && known.length === found.length ? found : null
}
