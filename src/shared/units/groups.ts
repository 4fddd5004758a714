// Which concrete units a generic group such as 各街镇 or 区政府各部门 stands for. Where the
// plan's issuer is known, 各部门 means the district's bureaus in a government's plan and the
// bureau's own sections in a bureau's plan; without it, both.
import { isGenericGroup, unitKindOf, type UnitKind } from './kinds'
import { normalizeUnitName } from './normalize'
import { planScopeOf, type PlanScope } from './scope'

type Covers = (unit: string, kind: UnitKind, scope: PlanScope) => boolean

/** 浦东新区 in 浦东新区生态环境局; null for 区生态环境局, which names no district. */
function districtOf(name: string): string | null {
  return /^(?:上海市)?([\u4E00-\u9FFF]{1,4}?(?:新区|区|县))(?=[\u4E00-\u9FFF]{2})/.exec(name)?.[1] ?? null
}

// 区政府办公室 is one of the government's bureaus; 局办公室 is one of a bureau's sections.
const governmentOffice = /政府办公室|政府办公厅|府办$/
const bureaus: Covers = (unit, kind) => kind === 'department' || (kind === 'office' && governmentOffice.test(unit))
const sections: Covers = (unit, kind) => kind === 'section' || (kind === 'office' && !governmentOffice.test(unit))
// 各部门 and its kin: who they are depends on who wrote the plan.
const departmentsOf: Covers = (unit, kind, scope) => {
  if (scope === 'government') return bureaus(unit, kind, scope)
  if (scope === 'bureau') return sections(unit, kind, scope)
  return kind === 'department' || kind === 'office' || kind === 'section'
}
// 各业务部门: the same, less the office that coordinates them.
const businessUnitsOf: Covers = (unit, kind, scope) => kind !== 'office' && departmentsOf(unit, kind, scope)

// Order matters: the first rule whose pattern matches the group decides.
const rules: Array<{ pattern: RegExp, covers: Covers }> = [
  { pattern: /各街镇|各镇[（(]?街道|各街道[、和]?镇/, covers: (_, kind) => kind === 'street' },
  { pattern: /各镇(?:人民政府)?$/, covers: unit => /镇(?:人民政府|政府)?$/.test(unit) },
  { pattern: /各街道(?:办事处)?$/, covers: unit => /街道(?:办事处)?$/.test(unit) },
  { pattern: /^局属各单位$/, covers: (unit, kind) => kind === 'section' && /(?:中心|站|队|所|院|馆)$/.test(unit) },
  { pattern: /^(?:局)?机关各处室$|^各处室$|^各科室$/, covers: (unit, kind) => kind === 'office' || (kind === 'section' && /[处室科办]$/.test(unit)) },
  { pattern: /各业务(?:部门|处室|科室)$|各职能部门$/, covers: businessUnitsOf },
  { pattern: /^[区市县]政府各(?:部门|委办局)$|^各委办局$/, covers: bureaus },
  { pattern: /^各(?:相关|有关)?部门$|^[区市县]?级?(?:有关|相关)部门$/, covers: departmentsOf },
  { pattern: /^各(?:相关|有关)?单位$|^[区市县]?级?(?:有关|相关)单位$/, covers: (unit, kind, scope) => kind === 'street' || kind === 'other' || departmentsOf(unit, kind, scope) },
]

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** 各区生态环境局, 各有关区生态环境局 → every district's 生态环境局 (浦东新区生态环境局 …). */
function coversByDistrictPattern(group: string, unit: string): boolean | null {
  const match = /^各(?:相关|有关)?([区县])(.+)$/.exec(group)
  if (!match) return null
  const [, level, body] = match
  return new RegExp(`^(?:[\\u4E00-\\u9FFF]{1,4}(?:新区|${level})|${level})${escape(body)}$`).test(unit)
}

/** True when the generic group names the unit among others: 各街镇 covers 朱家角镇. */
export function groupCovers(group: string, unitName: string, issuer?: string): boolean {
  const g = normalizeUnitName(group).replace(/委、办、局/g, '委办局')
  const unit = normalizeUnitName(unitName)
  if (!isGenericGroup(g)) return false
  if (g === unit) return true
  if (isGenericGroup(unit)) return false
  const kind = unitKindOf(unit)
  const rule = rules.find(r => r.pattern.test(g))
  // A plan's groups name its own district's units, not another district's.
  const [ours, theirs] = [districtOf(issuer ?? ''), districtOf(unit)]
  if (rule && ours && theirs && ours !== theirs) return false
  if (rule) return rule.covers(unit, kind, planScopeOf(issuer))
  const byDistrict = coversByDistrictPattern(g, unit)
  if (byDistrict !== null) return byDistrict
  // 各医院, 各有关学校 …: the noun after 各 is the ending the covered units share.
  const noun = /各(?:相关|有关)?(.+)$/.exec(g)?.[1]
  return noun !== undefined && noun.length >= 1 && unit.endsWith(noun) && unit !== noun
}
