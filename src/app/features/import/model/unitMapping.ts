// The units a plan names, each with what the directory makes of it and what the coordinator
// chose, and the plan as it is saved: every chosen unit under its directory name, and the map
// from the name as written to the node.
import type { PlanTask } from '../../../../shared/plan/types'
import type { DirectoryNode } from '../../../../shared/units/directory/node'
import type { UnitMatch } from '../../../../shared/units/directory/match'
import { isGenericGroup, unitNamesInTask } from '../../../../shared/units'

/** A directory node, or "a unit the directory does not have yet" (kept as written). */
export type UnitChoice = { nodeId: string } | { newUnit: true } | null

export interface UnitRow {
  match: UnitMatch
  choice: UnitChoice
  /** Tasks that name the unit, for the coordinator to judge how much a choice matters. */
  taskCount: number
}

/** The concrete units the tasks name (各部门 and other groups are not units), first-seen order, with counts. */
export function unitNamesOfTasks(tasks: ReadonlyArray<Pick<PlanTask, 'assignments' | 'checklist'>>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const task of tasks) {
    for (const name of unitNamesInTask(task)) {
      if (name.trim() !== '' && !isGenericGroup(name)) counts.set(name, (counts.get(name) ?? 0) + 1)
    }
  }
  return counts
}

/** A sure match is taken as the choice; ambiguous and unknown names wait for the coordinator. */
export function firstChoice(match: UnitMatch): UnitChoice {
  return match.status === 'ambiguous' || match.status === 'unknown' ? null : { nodeId: match.node.id }
}

export function unresolvedUnits(rows: readonly UnitRow[]): string[] {
  return rows.filter(row => row.choice === null).map(row => row.match.name)
}

type UnitLists = Pick<PlanTask['assignments'][number], 'leads' | 'owners'>

function renamed<T extends UnitLists>(lists: T, rename: (name: string) => string): T {
  return { ...lists, leads: lists.leads.map(rename), owners: lists.owners.map(rename) }
}

/**
 * The tasks with each mapped unit under its directory name (so a staff member of that unit finds
 * them) and the unit map, name as written (and as renamed) → node id. New units keep their written name and no entry.
 */
export function applyUnitChoices<T extends Pick<PlanTask, 'assignments' | 'checklist'>>(tasks: readonly T[], rows: readonly UnitRow[], nodes: readonly DirectoryNode[]): { tasks: T[], unitMap: Record<string, string> } {
  const byId = new Map(nodes.map(node => [node.id, node]))
  const unitMap: Record<string, string> = {}
  const nameOf = new Map<string, string>()
  for (const { match, choice } of rows) {
    const node = choice && 'nodeId' in choice ? byId.get(choice.nodeId) : undefined
    if (!node) continue
    unitMap[match.name] = node.id
    // The tasks will write the unit by its directory name: the map says that name's node too, so
    // a reader resolving names (the server, with several units of one name in the tree) finds it.
    unitMap[node.name] = node.id
    nameOf.set(match.name, node.name)
  }
  const rename = (name: string) => nameOf.get(name) ?? name
  return {
    tasks: tasks.map(task => ({ ...task, assignments: task.assignments.map(a => renamed(a, rename)), checklist: task.checklist.map(item => renamed(item, rename)) })),
    unitMap,
  }
}
