// The directory the import preview maps a plan's units to. Until the app holds the unit
// directory (单位名录) itself, it is made from the unit names the app already knows: those the
// plans on this device name and the signed-in user's unit. This is the one place to swap the
// source: pass the directory's nodes instead.
import type { DirectoryNode, DirectoryNodeKind } from '../../../../shared/units/directory/node'
import { isGenericGroup, normalizeUnitName, unitKindOf, type UnitKind } from '../../../../shared/units'

const kindOfUnit: Record<UnitKind, DirectoryNodeKind> = {
  office: 'office',
  department: 'department',
  street: 'town',
  section: 'section',
  group: 'department',
  other: 'department',
}

/**
 * One flat node per known unit name, its id the name itself: the directory's migration maps
 * legacy names to node ids, so a unit map saved now (written name → this id) maps the same way.
 * `written`: the names of the plan being imported; one the app already spells as a known unit
 * (区府办 → 区政府办公室, see normalizeUnitName) becomes that node's alias.
 */
export function directoryOfKnownUnits(names: readonly string[], written: readonly string[] = []): DirectoryNode[] {
  const unique = [...new Set(names.map(name => name.trim()))].filter(name => name !== '' && !isGenericGroup(name))
  return unique.map((name, order) => ({
    id: name,
    name,
    parentId: null,
    kind: kindOfUnit[unitKindOf(name)],
    shortNames: [],
    aliases: [...new Set(written.filter(spelling => spelling !== name && normalizeUnitName(spelling) === name))],
    order,
    retired: false,
  }))
}
