// Whom a generic group (各部门, 各科室, 各街镇, 各直属单位 …) stands for in one plan: the
// children of the plan owner's organization of the matching kind — never another
// organization's units, whatever names other plans happen to use.
import type { DirectoryNode, DirectoryNodeKind } from './node'
import { isGenericGroup } from '../kinds'
import { normalizeUnitName } from '../normalize'
import { childrenOf, type Directory, organizationOf } from './tree'

type Picks = (child: DirectoryNode) => boolean

const ofKind = (...kinds: DirectoryNodeKind[]): Picks => child => kinds.includes(child.kind)

// Order matters: the first pattern that matches the group decides.
const groupRules: Array<{ pattern: RegExp, picks: Picks }> = [
  { pattern: /各街镇|各镇[（(]?街道|各街道[、和]?镇|^各镇.*街道/, picks: ofKind('town') },
  { pattern: /各镇(?:人民政府)?$/, picks: child => child.kind === 'town' && /镇(?:人民政府|政府)?$/.test(child.name) },
  { pattern: /各街道(?:办事处)?$/, picks: child => child.kind === 'town' && /街道(?:办事处)?$/.test(child.name) },
  { pattern: /直属单位$|^局属各单位$|^各下属单位$/, picks: ofKind('affiliate') },
  { pattern: /各处室$|各科室$|^各处$|^各科$/, picks: ofKind('section', 'office') },
  // A bureau's 部门 include its 大队/站 (the plans treat them alike); its office coordinates.
  { pattern: /各业务(?:部门|处室|科室)$|各职能部门$/, picks: ofKind('department', 'section', 'affiliate') },
  { pattern: /各(?:委办局|委、办、局)$|^[区市县]政府各(?:部门|委办局)$/, picks: ofKind('department', 'office') },
  { pattern: /各(?:相关|有关)?部门$|^[区市县]?级?(?:有关|相关)部门$/, picks: ofKind('department', 'section', 'office', 'affiliate') },
  { pattern: /各(?:相关|有关)?单位$|^[区市县]?级?(?:有关|相关)单位$/, picks: () => true },
]

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** 各区生态环境局 → the children named 某区生态环境局; 各医院 → the children ending in 医院. */
function picksByNoun(group: string): Picks | null {
  const district = /^各(?:相关|有关)?([区县])(.+)$/.exec(group)
  if (district) {
    const pattern = new RegExp(`^(?:[\\u4E00-\\u9FFF]{1,4}(?:新区|${district[1]})|${district[1]})${escape(district[2])}$`)
    return child => pattern.test(child.name) || child.aliases.some(alias => pattern.test(alias))
  }
  const noun = /各(?:相关|有关)?(.+)$/.exec(group)?.[1]
  return noun ? child => child.name.endsWith(noun) && child.name !== noun : null
}

/**
 * The node ids a generic group covers in a plan issued by `ownerId`, or null when the name is
 * not a generic group. An empty list means the group names nobody in this directory.
 */
export function expandGroup(directory: Directory, group: string, ownerId: string | null | undefined): string[] | null {
  const name = normalizeUnitName(group)
  if (!isGenericGroup(name))
    return null
  const org = ownerId ? organizationOf(directory, ownerId) : undefined
  if (!org)
    return []
  const picks = groupRules.find(rule => rule.pattern.test(name))?.picks ?? picksByNoun(name)
  if (!picks)
    return []
  // The issuing office coordinates a plan; its own plan's 各部门 does not assign it work.
  return childrenOf(directory, org.id).filter(child => child.id !== ownerId && picks(child)).map(child => child.id)
}
