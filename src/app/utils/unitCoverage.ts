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

/** Concrete unit names (no 各部门-style groups), offices first, for pickers and filters. */
export function unitChoicesOf(tasks: Parameters<typeof collectUnits>[0][number]['tasks']): string[] {
  return collectUnits([{ tasks }]).map(unit => unit.name)
}
