// Events count toward the numeric targets of the plan tasks they are linked to, e.g. three
// 公众代表列席决策会议 fulfil 列席…不得少于3次. Which events count is read from the words:
//  1. event types named in the target's own text (列席 → 公众代表列席决策会议, 座谈 → 座谈会,
//     问卷 → 问卷调查, 解读 → 政策解读会, 开放日/周/月/活动 → 政府开放日活动);
//  2. if it names none, the types named in the task's title and text;
//  3. if that names none either, every type.
// What is counted follows the target's unit: 次/场/期/个/批 count held events, 人/人次/名 add up
// their attendance; targets in other units (%, 件 …) are not about events and are left out.
import type { EventRecord, EventType } from '../records/event'
import type { PlanTask, Target } from '../plan/types'
import { targetIdOf } from '../plan/identity'
import { eventTypes } from '../records/eventKinds'
import { isHeld } from './status'

const typeWords: ReadonlyArray<[RegExp, EventType]> = [
  [/列席/, 'public_attendance'],
  [/座谈/, 'symposium'],
  [/问卷/, 'survey'],
  [/解读/, 'policy_briefing'],
  [/开放(?:日|周|月|活动)/, 'open_day'],
]

export type TargetMeasure = 'events' | 'attendance'

export function measureOf(target: Pick<Target, 'unit'>): TargetMeasure | null {
  if (/^(?:次|场|期|个|批)$/.test(target.unit))
    return 'events'
  return /^(?:人|人次|名)$/.test(target.unit) ? 'attendance' : null
}

export function eventTypesNamedIn(text: string): EventType[] {
  return typeWords.filter(([words]) => words.test(text)).map(([, type]) => type)
}

export function eventTypesForTarget(target: Pick<Target, 'text'>, task: Pick<PlanTask, 'title' | 'text'>): EventType[] {
  const named = eventTypesNamedIn(target.text)
  if (named.length)
    return named
  const inTask = eventTypesNamedIn(`${task.title} ${task.text}`)
  return inTask.length ? inTask : [...eventTypes]
}

export interface EventTargetProgress {
  targetId: string
  target: Target
  measure: TargetMeasure
  eventTypes: EventType[]
  /** The held events that counted. */
  eventIds: string[]
  count: number
  met: boolean
}

type CountableEvent = Pick<EventRecord, 'id' | 'unit' | 'type' | 'status' | 'taskIds'>

export interface CountingOptions {
  /** Count only this unit's events: each unit answers for its own target. */
  unit?: string
  /** Attendance per event id (events/attendance.ts), for targets counted in people. */
  attendance?: ReadonlyMap<string, number>
}

type CountedTask = Pick<PlanTask, 'title' | 'text'> & { id: string, targets: readonly Target[] }

/** Progress toward each event-countable target of a task from the events linked to it. */
export function eventProgressOfTask(
  task: CountedTask,
  events: readonly CountableEvent[],
  options: CountingOptions = {},
): EventTargetProgress[] {
  const linked = events.filter(event => isHeld(event) && event.taskIds.includes(task.id)
    && (options.unit === undefined || event.unit === options.unit))
  const progress: EventTargetProgress[] = []
  task.targets.forEach((target, index) => {
    const measure = measureOf(target)
    if (!measure)
      return
    const types = eventTypesForTarget(target, task)
    const counted = linked.filter(event => types.includes(event.type))
    const count = measure === 'events'
      ? counted.length
      : counted.reduce((sum, event) => sum + (options.attendance?.get(event.id) ?? 0), 0)
    const met = target.op === '>=' ? count >= target.value : count <= target.value
    progress.push({ targetId: targetIdOf(task.id, index), target, measure, eventTypes: types, eventIds: counted.map(e => e.id), count, met })
  })
  return progress
}
