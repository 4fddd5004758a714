// Who "各部门" means depends on who wrote the plan: in a district government's plan it is the
// district's bureaus; in a bureau's own plan it is that bureau's sections.

/** government: a government or its general office; bureau: a bureau, commission or office of one. */
export type PlanScope = 'government' | 'bureau' | 'unknown'

export function planScopeOf(issuer: string | undefined): PlanScope {
  const name = (issuer ?? '').replace(/\s+/g, '')
  if (name === '') return 'unknown'
  if (/(?:人民政府|政府)(?:办公室|办公厅)?$|^[区市县]府办$/.test(name)) return 'government'
  if (/(?:局|委|委员会|办|办公室|中心|署|厅|部)$/.test(name)) return 'bureau'
  return 'unknown'
}
