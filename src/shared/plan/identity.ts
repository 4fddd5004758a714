// Deterministic ids for plans, tasks and checklist items: a bundled plan has the same
// ids on every phone and on the server, so progress recorded offline lines up after sync.
import type { Plan, PlanTask } from './types'
import { stableHash } from '../ids'

export function planIdOf(plan: Pick<Plan, 'year' | 'issuer' | 'title'>): string {
  return `plan-${plan.year}-${stableHash(`${plan.issuer}|${plan.title}`)}`
}

export function taskIdOf(planId: string, task: Pick<PlanTask, 'chapter' | 'item'>): string {
  return `${planId}:${task.chapter}.${task.item}`
}

/** index is 0-based in the task's checklist; ids are 1-based as people count. */
export function checklistItemIdOf(taskId: string, index: number): string {
  return `${taskId}#${index + 1}`
}

export function targetIdOf(taskId: string, index: number): string {
  return `${taskId}!${index + 1}`
}

/** The task a checklist item or target id belongs to. */
export function taskIdOfSubject(subject: string): string {
  return subject.replace(/[#!]\d+$/, '')
}

export function planIdOfTask(taskId: string): string {
  return taskId.replace(/:\d+\.\d+$/, '')
}
