// What sort of body a unit name denotes. The kinds drive which generic groups
// (各部门, 各街镇 …) cover a unit and how a unit picker orders its list.
import { normalizeUnitName } from './normalize'

export type UnitKind = 'office' | 'department' | 'street' | 'section' | 'group' | 'other'

// 各部门, 各相关单位, 区政府各部门, 局属各单位, 机关各处室, 各区生态环境局 …; also 有关部门 / 相关单位.
const genericPattern = /各|^[区市县局委]?(?:级)?(?:有关|相关|其他|其它)(?:部门|单位|处室|科室|机构|区)/

export function isGenericGroup(name: string): boolean {
  return genericPattern.test(normalizeUnitName(name))
}

const officePattern = /(?:办公室|^[区市县]府办|^[区市县]委办)$/
const streetPattern = /(?:街道|镇|乡)(?:人民政府|政府|办事处)?$/
const levelPrefix = /^(?:[区市县]|上海市|.{1,4}(?:新区|区|县))/
const departmentSuffix = /(?:局|委|办|中心|委员会|管委会|分局|部|院|署|厅|团|会|监委|政府)$/
const sectionSuffix = /(?:科|处|室|办|大队|中队|总队|支队|站|所|中心|组)$/

export function unitKindOf(name: string): UnitKind {
  const unit = normalizeUnitName(name)
  if (isGenericGroup(unit)) return 'group'
  if (officePattern.test(unit)) return 'office'
  if (streetPattern.test(unit)) return 'street'
  if (/分局$/.test(unit)) return 'department'
  if (levelPrefix.test(unit) && departmentSuffix.test(unit)) return 'department'
  if (sectionSuffix.test(unit)) return 'section'
  return 'other'
}

// Endings that organisations carry; used to tell a unit list from an explanation in parentheses.
const organisationSuffix = /(?:局|委|办|室|科|处|队|中心|站|所|院|部|组|会|街道|镇|乡|政府|公司|集团|单位|部门|街镇|处室|科室|团体|馆|台|社|厅|署|银行|园区|机构|监委|分局|办事处)$/

/** A district, county or new area on its own, e.g. 崇明区, 浦东新区. */
export function isDistrictName(name: string): boolean {
  return /^[\u4E00-\u9FFF]{1,4}(?:新区|区|县)$/.test(name) && !/^[各本全该]/.test(name)
}

/** True when a name reads like an organisation (or a group of them), not like ordinary words. */
export function looksLikeUnitName(name: string): boolean {
  const unit = normalizeUnitName(name)
  if (unit.length < 2 || unit.length > 40) return false
  if (/[，。；：《》“”！？\d]/.test(unit)) return false
  return organisationSuffix.test(unit) || isGenericGroup(unit) || isDistrictName(unit)
}
