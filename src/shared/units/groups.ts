// Which concrete units a generic group such as 各街镇 or 区政府各部门 stands for.
import { isGenericGroup, unitKindOf, type UnitKind } from './kinds'
import { normalizeUnitName } from './normalize'

interface GroupRule {
  pattern: RegExp
  covers: (unit: string, kind: UnitKind) => boolean
}

const anyDepartment = (kind: UnitKind) => kind === 'department' || kind === 'office' || kind === 'section'

// Order matters: the first rule whose pattern matches the group decides.
const rules: GroupRule[] = [
  { pattern: /各街镇|各镇[（(]?街道|各街道[、和]?镇/, covers: (_, kind) => kind === 'street' },
  { pattern: /各镇(?:人民政府)?$/, covers: unit => /镇(?:人民政府|政府)?$/.test(unit) },
  { pattern: /各街道(?:办事处)?$/, covers: unit => /街道(?:办事处)?$/.test(unit) },
  { pattern: /^局属各单位$/, covers: (unit, kind) => kind === 'section' && /(?:中心|站|队|所|院|馆)$/.test(unit) },
  { pattern: /^(?:局)?机关各处室$|^各处室$|^各科室$/, covers: (unit, kind) => kind === 'office' || (kind === 'section' && /[处室科]$/.test(unit)) },
  { pattern: /各业务(?:部门|处室|科室)$|各职能部门$/, covers: (_, kind) => kind === 'department' || kind === 'section' },
  { pattern: /^[区市县]政府各(?:部门|委、?办、?局|委办局)$|^各委、?办、?局$|^各委办局$/, covers: (_, kind) => kind === 'department' || kind === 'office' },
  { pattern: /^各(?:相关|有关)?部门$|^(?:有关|相关)部门$/, covers: (_, kind) => anyDepartment(kind) },
  { pattern: /^各(?:相关|有关)?单位$|^(?:有关|相关)单位$/, covers: (_, kind) => kind !== 'group' },
]

/** 各区生态环境局, 各有关区生态环境局 → every district's 生态环境局 (浦东新区生态环境局 …). */
function coversByDistrictPattern(group: string, unit: string): boolean | null {
  const match = /^各(?:相关|有关)?([区县])(.+)$/.exec(group)
  if (!match) return null
  const [, level, body] = match
  return new RegExp(`^(?:[\\u4E00-\\u9FFF]{1,4}(?:新区|${level})|${level})${escape(body)}$`).test(unit)
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** True when the generic group names the unit among others: 各街镇 covers 朱家角镇. */
export function groupCovers(group: string, unitName: string): boolean {
  const g = normalizeUnitName(group)
  const unit = normalizeUnitName(unitName)
  if (!isGenericGroup(g)) return false
  if (g === unit) return true
  if (isGenericGroup(unit)) return false
  const kind = unitKindOf(unit)
  const rule = rules.find(r => r.pattern.test(g))
  if (rule) return rule.covers(unit, kind)
  const byDistrict = coversByDistrictPattern(g, unit)
  if (byDistrict !== null) return byDistrict
  // 各医院, 各有关学校 …: the noun after 各 is the ending the covered units share.
  const noun = /各(?:相关|有关)?(.+)$/.exec(g)?.[1]
  return noun !== undefined && noun.length >= 1 && unit.endsWith(noun) && unit !== noun
}
