// Step 5a: a list of responsible units as a plan writes it — "局办公室牵头，各业务部门负责",
// "责任单位：区府办、各部门，完成时限：全年", "崇明区、宝山区、金山区生态环境局牵头".
import { isDistrictName, looksLikeUnitName } from '../../units/kinds'
import { isDeadlinePhrase, type DeadlineContext } from '../rules/deadlines'
import { splitTopLevel } from './brackets'

export interface UnitList {
  leads: string[]
  owners: string[]
  deadline: string | null
  /** The list said who leads or who is responsible in so many words. */
  marked: boolean
  /** Every name in it reads like an organisation. */
  allUnits: boolean
  anyUnit: boolean
}

const leadLabel = /^(?:牵头单位|牵头部门|主责单位|主责部门|牵头)[：:]/
const ownerLabel = /^(?:责任单位|责任部门|配合单位|配合部门|协同单位|协办单位|参与单位|承办单位|实施主体|责任主体)[：:]/
const deadlineLabel = /^(?:完成时限|完成时间|时间节点|时限要求|时间要求|时限|进度安排)[：:]/
const leadSuffix = /(?:牵头负责|牵头|主责|总牵头)$/
const ownerSuffix = /(?:按职责分工|按职责|分工|按照职责)?(?:共同负责|具体负责|分别负责|负责落实|负责|配合|参与|落实|实施|协办|承办)$/
// 由区府办牵头: "by" is not part of the name.
const byPrefix = /^(?:由|请)/

/** 各部门及青浦区生态环境局 → two units; 区规划和自然资源局 stays one. */
function splitConjunctions(name: string): string[] {
  const match = /^(.+?)(以及|和|及|与)(.+)$/.exec(name)
  if (!match) return [name]
  const [, left, , right] = match
  const leftIsUnit = looksLikeUnitName(left) || isDistrictName(left)
  const rightStartsUnit = /^(?:区|市|县|各|有关|相关|上海|[\u4E00-\u9FFF]{1,4}(?:新区|区|县))/.test(right)
  return leftIsUnit && rightStartsUnit ? [left, ...splitConjunctions(right)] : [name]
}

/** 崇明区、宝山区、金山区生态环境局 → each district's 生态环境局. */
function distributeSuffix(names: string[]): string[] {
  const last = names[names.length - 1]
  const shared = last ? /^([\u4E00-\u9FFF]{1,4}?(?:新区|区|县))([\u4E00-\u9FFF]{2,})$/.exec(last) : null
  if (!shared || names.length < 2) return names
  const bare = names.slice(0, -1)
  return bare.every(isDistrictName) ? [...bare.map(name => name + shared[2]), last] : names
}

/** 各镇、街道 → 各镇, 各街道: a bare noun after a 各 group is another group. */
function distributeEach(names: string[]): string[] {
  return names.map((name, index) => (index > 0 && /^各/.test(names[index - 1]) && /^(?:街道|镇|部门|单位|处室|科室)$/.test(name) ? `各${name}` : name))
}

function namesIn(clause: string): string[] {
  // 区政府各委、办、局 is one group, not three names.
  const pieces = splitTopLevel(clause.replace(/委、办、局/g, '委办局'), /[、，,/]/).flatMap(splitConjunctions)
  return distributeEach(distributeSuffix(pieces.map(piece => piece.replace(/等$/, '').trim()).filter(Boolean)))
}

export function parseUnitList(text: string, context?: DeadlineContext): UnitList {
  const list: UnitList = { leads: [], owners: [], deadline: null, marked: false, allUnits: true, anyUnit: false }
  for (const raw of splitTopLevel(text, /[，,；;]/)) {
    let clause = raw
    let role: 'lead' | 'owner' = 'owner'
    if (deadlineLabel.test(clause) || isDeadlinePhrase(clause, context)) {
      list.deadline = clause.replace(deadlineLabel, '').trim()
      continue
    }
    if (leadLabel.test(clause) || leadSuffix.test(clause)) {
      role = 'lead'
      list.marked = true
    }
    else if (ownerLabel.test(clause) || ownerSuffix.test(clause)) {
      list.marked = true
    }
    clause = clause.replace(leadLabel, '').replace(ownerLabel, '').replace(leadSuffix, '').replace(ownerSuffix, '').replace(byPrefix, '')
    for (const name of namesIn(clause)) {
      const isUnit = looksLikeUnitName(name)
      list.allUnits &&= isUnit
      list.anyUnit ||= isUnit
      ;(role === 'lead' ? list.leads : list.owners).push(name)
    }
  }
  if (list.leads.length + list.owners.length === 0) list.allUnits = false
  return list
}
