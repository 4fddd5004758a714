// Step 5b: which parentheses in a requirement are unit groups. "（区数据局、各部门）" after a
// sentence is one; "《…（2024-2026）》", "（以下简称《条例》）", "各地市（县、区）" are not.
import type { DeadlineContext } from '../rules/deadlines'
import { topLevelBrackets } from './brackets'
import { parseUnitList } from './unitList'

export interface UnitGroup {
  start: number
  end: number
  leads: string[]
  owners: string[]
  deadline: string | null
}

// A "name" longer than this is a sentence that happens to end in 负责, not a unit.
const longestName = 25

function atSentenceBoundary(text: string, start: number, end: number): boolean {
  const before = text[start - 1]
  const after = text[end]
  return before === undefined || /[。；！？）]/.test(before) || after === undefined || /[。；]/.test(after)
}

export function findUnitGroups(text: string, context?: DeadlineContext): UnitGroup[] {
  const groups: UnitGroup[] = []
  for (const bracket of topLevelBrackets(text)) {
    const list = parseUnitList(bracket.inner, context)
    // Named roles (牵头/负责/责任单位) make a group wherever it stands; a bare list of names
    // only at the end of a sentence, where plans put their unit lists.
    const namesFit = [...list.leads, ...list.owners].every(name => name.length <= longestName)
    const isGroup = namesFit && (list.marked ? list.anyUnit : list.allUnits && atSentenceBoundary(text, bracket.start, bracket.end))
    if (isGroup) groups.push({ start: bracket.start, end: bracket.end, leads: list.leads, owners: list.owners, deadline: list.deadline })
  }
  return groups
}

/** The text with its unit groups taken out. */
export function withoutUnitGroups(text: string, groups: UnitGroup[]): string {
  let out = ''
  let from = 0
  for (const group of groups) {
    out += text.slice(from, group.start)
    from = group.end
  }
  return out + text.slice(from)
}
