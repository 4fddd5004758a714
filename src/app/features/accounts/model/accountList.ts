// The coordinators' account list: searched by what people remember (name, username, unit) and
// shown unit by unit, as a district office thinks of its staff.
import type { ListedUser } from '../../../../shared/api/users'
import { comparePinyin } from '../../../../shared/order'

export interface AccountGroup {
  unit: string
  /** The unit's directory name; the unit id when the directory does not know it. */
  unitName: string
  accounts: ListedUser[]
}

export function matchesAccount(account: ListedUser, query: string): boolean {
  const q = query.trim().toLowerCase()
  return !q || [account.displayName, account.username, account.unit, account.unitName ?? ''].some(text => text.toLowerCase().includes(q))
}

/** Units in Chinese order; within one, active accounts first, then by name. */
export function groupAccountsByUnit(accounts: ListedUser[], query = ''): AccountGroup[] {
  const groups = new Map<string, ListedUser[]>()
  for (const account of accounts.filter(a => matchesAccount(a, query)))
    groups.set(account.unit, [...groups.get(account.unit) ?? [], account])
  return [...groups]
    .map(([unit, list]) => ({ unit, unitName: list[0].unitName ?? unit, accounts: list.sort((a, b) => Number(b.active) - Number(a.active) || comparePinyin(a.displayName, b.displayName)) }))
    .sort((a, b) => comparePinyin(a.unitName, b.unitName))
}

/** The units to offer when adding an account: those the plans name and those accounts already have. */
export function knownUnits(planUnits: string[], accounts: ListedUser[]): string[] {
  return [...new Set([...planUnits, ...accounts.map(a => a.unit)])].sort(comparePinyin)
}
