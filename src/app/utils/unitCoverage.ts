import { collectUnits, nameCoversUnit } from '../../shared/units'

// The same few hundred names recur across 10,000 tasks; coverage of a name for a unit is
// decided once and remembered, so roll-ups and filters stay linear and fast.
const decided = new Map<string, boolean>()

export function nameCovers(name: string, unit: string): boolean {
  const key = `${unit}\u0000${name}`
  let covers = decided.get(key)
  if (covers === undefined) {
    covers = nameCoversUnit(name, unit)
    decided.set(key, covers)
  }
  return covers
}

/** Whether any of these leads and owners is the unit, directly or as a group such as 各部门. */
export function namesCoverUnit(names: string[], unit: string): boolean {
  return names.some(name => nameCovers(name, unit))
}

/**
 * Concrete unit names (no 各部门-style groups), offices first, for pickers and filters.
 * Each distinct name is classified once, however many of the 10,000 tasks repeat it.
 */
export function unitChoicesOf(tasks: Array<{ units: string[] }>): string[] {
  const names = new Set<string>()
  for (const task of tasks) {
    for (const name of task.units)
      names.add(name)
  }
  const oneTaskPerName = [...names].map(name => ({ assignments: [{ leads: [name], owners: [] }], checklist: [] }))
  return collectUnits([{ tasks: oneTaskPerName }]).map(unit => unit.name)
}
