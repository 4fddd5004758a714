import type { PlanTask } from '../../../../shared/plan/types'
import type { DirectoryNode } from '../../../../shared/units/directory/node'
import { computed, shallowRef } from 'vue'
import { matchUnitNames } from '../../../../shared/units/directory/match'
import { applyUnitChoices, firstChoice, unitNamesOfTasks, unresolvedUnits, type UnitChoice, type UnitRow } from '../model/unitMapping'

/** Each unit the plan names, matched to the directory, and the coordinator's choices for it. */
/** `directory` gets the names the plan writes, for a stand-in directory to recognise its spellings. */
export function useUnitMapping(directory: (written: string[]) => DirectoryNode[]) {
  const rows = shallowRef<UnitRow[]>([])
  const nodes = shallowRef<DirectoryNode[]>([])

  /** Matches the units of these tasks; a choice already made for a name is kept (the year changed, not the units). */
  function match(tasks: ReadonlyArray<Pick<PlanTask, 'assignments' | 'checklist'>>) {
    const counts = unitNamesOfTasks(tasks)
    nodes.value = directory([...counts.keys()])
    const before = new Map(rows.value.map(row => [row.match.name, row.choice]))
    rows.value = matchUnitNames([...counts.keys()], nodes.value).map(found => ({
      match: found,
      choice: before.has(found.name) ? before.get(found.name)! : firstChoice(found),
      taskCount: counts.get(found.name) ?? 0,
    }))
  }

  function choose(name: string, choice: UnitChoice) {
    rows.value = rows.value.map(row => (row.match.name === name ? { ...row, choice } : row))
  }

  /** "These are new units": every name still without a choice is kept as written. */
  function keepUnresolvedAsNew() {
    rows.value = rows.value.map(row => (row.choice === null ? { ...row, choice: { newUnit: true } } : row))
  }

  function clear() {
    rows.value = []
  }

  const unresolved = computed(() => unresolvedUnits(rows.value))
  const apply = <T extends Pick<PlanTask, 'assignments' | 'checklist'>>(tasks: readonly T[]) => applyUnitChoices(tasks, rows.value, nodes.value)

  return { rows, nodes, unresolved, match, choose, keepUnresolvedAsNew, clear, apply }
}
