// From a plan's written unit names to directory nodes. A plan carries its `owner` (the issuing
// node) and `unitMap` (name as written → node id, confirmed on import); what the map does not
// say is worked out here the same way on the server and on a phone.
import type { Assignment, ChecklistItem, PlanTask } from '../../plan/types'
import { isGenericGroup } from '../kinds'
import { normalizeUnitName } from '../normalize'
import { expandGroup } from './expand'
import { lookUpUnitName } from './lookup'
import { type Directory, organizationOf } from './tree'

export interface PlanUnitsSource {
  issuer: string
  owner?: string | null
  unitMap?: Record<string, string>
  tasks: ReadonlyArray<Pick<PlanTask, 'assignments' | 'checklist'>>
}

/**
 * The node a plan without a stored owner belongs to, from its issuer: an office issues on behalf
 * of its organization (青浦区人民政府办公室 → 青浦区人民政府). Null when the issuer is unknown.
 */
export function ownerFromIssuer(directory: Directory, issuer: string): string | null {
  const found = lookUpUnitName(directory, issuer)
  if (found.status !== 'found')
    return null
  const node = found.node
  if (node.kind === 'office' && node.parentId)
    return organizationOf(directory, node.parentId)?.id ?? node.id
  return node.id
}

export function planOwnerOf(directory: Directory, plan: Pick<PlanUnitsSource, 'issuer' | 'owner'>): string | null {
  return plan.owner && directory.nodes.has(plan.owner) ? plan.owner : ownerFromIssuer(directory, plan.issuer)
}

/** Resolves written names to node ids for one plan, remembering answers (plans repeat names). */
export function planUnitResolver(directory: Directory, plan: Pick<PlanUnitsSource, 'issuer' | 'owner' | 'unitMap'>): (name: string) => readonly string[] {
  const owner = planOwnerOf(directory, plan)
  const map = plan.unitMap ?? {}
  // The import writes a mapped unit into the tasks under its directory name: that name means the
  // mapped node too, even where another organization has a unit of the same name.
  const mappedByName = new Map<string, string>()
  for (const id of Object.values(map)) {
    const node = directory.nodes.get(id)
    if (node && !mappedByName.has(node.name))
      mappedByName.set(node.name, id)
  }
  const known = new Map<string, readonly string[]>()
  return (name) => {
    let ids = known.get(name)
    if (!ids) {
      const mapped = map[name] ?? map[normalizeUnitName(name)] ?? mappedByName.get(name)
      if (mapped !== undefined) {
        ids = directory.nodes.has(mapped) ? [mapped] : []
      }
      else {
        const group = expandGroup(directory, name, owner)
        if (group) {
          ids = group
        }
        else {
          const found = lookUpUnitName(directory, name, owner)
          ids = found.status === 'found' ? [found.node.id] : []
        }
      }
      known.set(name, ids)
    }
    return ids
  }
}

type UnitGroup = Pick<Assignment | ChecklistItem, 'leads' | 'owners'>

function groupsOf(task: Pick<PlanTask, 'assignments' | 'checklist'>): UnitGroup[] {
  return [...task.assignments, ...task.checklist]
}

export interface TaskUnitNodes {
  leads: Set<string>
  owners: Set<string>
}

/** The nodes leading and owning a task (directly or through a group), for one plan's resolver. */
export function taskUnitNodes(task: Pick<PlanTask, 'assignments' | 'checklist'>, resolve: (name: string) => readonly string[]): TaskUnitNodes {
  const result: TaskUnitNodes = { leads: new Set(), owners: new Set() }
  for (const group of groupsOf(task)) {
    group.leads.forEach(name => resolve(name).forEach(id => result.leads.add(id)))
    group.owners.forEach(name => resolve(name).forEach(id => result.owners.add(id)))
  }
  return result
}

export interface PlanUnitResolution {
  owner: string | null
  /** Each concrete name the plan writes that matched one node. */
  unitMap: Record<string, string>
  ambiguous: Array<{ name: string, candidates: string[] }>
  unknown: string[]
}

/**
 * What a plan's concrete names match in the directory, for giving a plan its owner and unit map
 * (the bundled plans on start; an import preview asks a coordinator about the rest).
 */
export function resolvePlanUnits(directory: Directory, plan: PlanUnitsSource): PlanUnitResolution {
  const owner = planOwnerOf(directory, plan)
  const names = new Set(plan.tasks.flatMap(task => groupsOf(task).flatMap(group => [...group.leads, ...group.owners])))
  const resolution: PlanUnitResolution = { owner, unitMap: {}, ambiguous: [], unknown: [] }
  for (const name of names) {
    if (isGenericGroup(normalizeUnitName(name)))
      continue
    const mapped = plan.unitMap?.[name]
    if (mapped && directory.nodes.has(mapped)) {
      resolution.unitMap[name] = mapped
      continue
    }
    const found = lookUpUnitName(directory, name, owner)
    if (found.status === 'found')
      resolution.unitMap[name] = found.node.id
    else if (found.status === 'ambiguous')
      resolution.ambiguous.push({ name, candidates: found.nodes.map(node => node.id) })
    else
      resolution.unknown.push(name)
  }
  return resolution
}

/**
 * The plan with its owner and the names the directory answers unambiguously (nothing invented):
 * what the server does to the seeds on start and the app's build to the plans it bundles.
 */
export function withPlanUnits<T extends PlanUnitsSource>(directory: Directory, record: T): T {
  if (!directory.nodes.size)
    return record
  const resolution = resolvePlanUnits(directory, record)
  const unitMap = { ...resolution.unitMap, ...record.unitMap }
  return {
    ...record,
    ...(resolution.owner ? { owner: record.owner ?? resolution.owner } : {}),
    ...(Object.keys(unitMap).length ? { unitMap } : {}),
  }
}
