// Which directory entry a unit name of a plan means. A plan writes units as its author knew
// them (区数据局, 区府办, 办公室); the directory holds each unit once with its short names and
// aliases. A name is matched only when the directory says so; several candidates or none are
// reported for the coordinator to decide, never guessed.
import type { DirectoryNode } from './node'

export type UnitMatch
  = | { name: string, status: 'exact' | 'short' | 'alias', node: DirectoryNode }
    /** Several entries answer to the name equally well (办公室 of two bureaus): the coordinator picks. */
    | { name: string, status: 'ambiguous', candidates: DirectoryNode[] }
    /** No entry answers to it: a new unit, or one the directory spells otherwise (`suggestions`). */
    | { name: string, status: 'unknown', suggestions: DirectoryNode[] }

export interface MatchOptions {
  /** The issuing node's id: entries under it win over same-named entries of other organizations. */
  scopeId?: string | null
  /** Most suggestions offered for an unknown name. */
  maxSuggestions?: number
}

const halfToFull: Record<string, string> = { '(': '（', ')': '）' }

/** The spelling differences that do not make another name: spaces, bracket widths, quotes, a trailing 等. */
export function cleanUnitName(name: string): string {
  return name
    .replace(/[\s\u3000\u00A0]+/g, '')
    .replace(/[()]/g, c => halfToFull[c])
    .replace(/^[“"‘']+|[”"’']+$/g, '')
    .replace(/等$/, '')
}

/** 区建设管理委（区交通委） is printed with its second name: either may be the directory's. */
function spellingsOf(name: string): string[] {
  const clean = cleanUnitName(name)
  const second = /^(.+?)（([^（）]+)）$/.exec(clean)
  return second ? [clean, second[1], second[2]] : [clean]
}

function isUnder(node: DirectoryNode, scopeId: string, byId: Map<string, DirectoryNode>): boolean {
  // A bounded walk: a broken tree (a cycle) must not hang the preview.
  for (let current: DirectoryNode | undefined = node, steps = 0; current && steps < 64; current = current.parentId ? byId.get(current.parentId) : undefined, steps++) {
    if (current.id === scopeId) return true
  }
  return false
}

type Level = 'exact' | 'short' | 'alias'

function namesAt(node: DirectoryNode, level: Level): string[] {
  if (level === 'exact') return [node.name]
  return level === 'short' ? node.shortNames : node.aliases
}

/** Matches one directory at a time against many names: the cleaned names are indexed once. */
export function unitMatcher(nodes: readonly DirectoryNode[], options: MatchOptions = {}): (name: string) => UnitMatch {
  const live = nodes.filter(node => !node.retired)
  const byId = new Map(nodes.map(node => [node.id, node]))
  const index = new Map<Level, Map<string, DirectoryNode[]>>()
  for (const level of ['exact', 'short', 'alias'] as const) {
    const names = new Map<string, DirectoryNode[]>()
    for (const node of live) {
      for (const spelling of new Set(namesAt(node, level).map(cleanUnitName))) names.set(spelling, [...names.get(spelling) ?? [], node])
    }
    index.set(level, names)
  }
  const scoped = (found: DirectoryNode[]): DirectoryNode[] => {
    const { scopeId } = options
    if (!scopeId || found.length < 2) return found
    const inside = found.filter(node => isUnder(node, scopeId, byId))
    return inside.length > 0 ? inside : found
  }
  const maxSuggestions = options.maxSuggestions ?? 5

  return (name) => {
    const spellings = spellingsOf(name)
    for (const level of ['exact', 'short', 'alias'] as const) {
      const found = scoped([...new Set(spellings.flatMap(spelling => index.get(level)!.get(spelling) ?? []))])
      if (found.length === 1) return { name, status: level, node: found[0] }
      if (found.length > 1) return { name, status: 'ambiguous', candidates: found }
    }
    // 数据局 for 区数据局, 区生态环境局办公室 for 办公室: one name ends the other. Offered, not taken.
    const [clean] = spellings
    const suggestions = clean.length < 2
      ? []
      : scoped(live.filter(node => [node.name, ...node.shortNames].some(known => known.length >= 2 && (known.endsWith(clean) || clean.endsWith(known)))))
    return { name, status: 'unknown', suggestions: suggestions.slice(0, maxSuggestions) }
  }
}

/** Each name's match, in the order given, each name once. */
export function matchUnitNames(names: readonly string[], nodes: readonly DirectoryNode[], options: MatchOptions = {}): UnitMatch[] {
  const match = unitMatcher(nodes, options)
  return [...new Set(names)].map(match)
}
