// Which units an item may be referred to. Today the only list on the device is the units named
// in the plans; "my organization" is the plans that name my unit (the plans my government issued
// to its bureaus). When the unit directory is on the device, its scoped list replaces this function.

interface PlanTasks { planId: string, units: string[] }

/**
 * Units of the plans that name `myUnit`, without the item's own unit and where it is now;
 * every unit named on the device when no plan names mine (a coordinator, an unknown unit).
 * `ordered` is the device's unit list in display order.
 */
export function referralUnitsOf(tasks: readonly PlanTasks[], ordered: readonly string[], myUnit: string | null, exclude: ReadonlyArray<string | null>): string[] {
  const myPlans = new Set(tasks.filter(task => myUnit !== null && task.units.includes(myUnit)).map(task => task.planId))
  const inMyPlans = new Set(tasks.filter(task => myPlans.has(task.planId)).flatMap(task => task.units))
  const excluded = new Set(exclude)
  return ordered.filter(unit => (myPlans.size === 0 || inMyPlans.has(unit)) && !excluded.has(unit))
}
