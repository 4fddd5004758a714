// The inbox (up to 20,000 items) filtered on every filter change, on a slow phone (issue 13: each
// change painted within 100 ms). shared/feedback/filter.ts's filterFeedback gives the meaning; this
// gives the same answer without its cost: the fields filters test are coded once per read into
// typed columns, and a change writes the matching rows' places into one reused Uint32Array. A
// change then allocates no array of 20,000 (each such array lands in the collector's old space,
// and a few dozen of them brought on the full collections that made the slowest changes slow)
// and reads no row object, only small integers side by side.
import type { FeedbackFilter } from '../../../../shared/feedback/filter'
import type { FeedbackRecord } from '../../../../shared/records/feedback'
import { isAnswered } from '../../../../shared/feedback/handling'

type Indexed = Pick<FeedbackRecord, 'unit' | 'referredTo' | 'eventId' | 'taskId' | 'respondentType' | 'topic' | 'status' | 'replyDue' | 'content'>

/** A value's number in its column's dictionary; -1 for null, which no criterion matches. */
type Dictionary = Map<string, number>

interface Column {
  codes: Int32Array
  dictionary: Dictionary
}

function columnOf<T>(rows: readonly T[], read: (row: T) => string | null, dictionary: Dictionary = new Map()): Column {
  const codes = new Int32Array(rows.length)
  for (let i = 0; i < rows.length; i++) {
    const value = read(rows[i])
    if (value === null) {
      codes[i] = -1
      continue
    }
    let code = dictionary.get(value)
    if (code === undefined)
      dictionary.set(value, code = dictionary.size)
    codes[i] = code
  }
  return { codes, dictionary }
}

/** The rows in their order, with what the filters test as columns. */
export interface InboxIndex<T> {
  rows: readonly T[]
  unit: Column
  /** Coded in the unit column's dictionary: a unit filter matches either. */
  referredTo: Column
  eventId: Column
  taskId: Column
  respondentType: Column
  topic: Column
  status: Column
  answered: Uint8Array
  replyDue: readonly string[]
  content: readonly string[]
}

/** Once per read of the inbox (its order kept): a filter change then reads only the columns. */
export function indexInbox<T extends Indexed>(rows: readonly T[]): InboxIndex<T> {
  const unit = columnOf(rows, row => row.unit)
  const answered = new Uint8Array(rows.length)
  for (let i = 0; i < rows.length; i++)
    answered[i] = isAnswered(rows[i].status) ? 1 : 0
  return {
    rows,
    unit,
    referredTo: columnOf(rows, row => row.referredTo, unit.dictionary),
    eventId: columnOf(rows, row => row.eventId),
    taskId: columnOf(rows, row => row.taskId),
    respondentType: columnOf(rows, row => row.respondentType),
    topic: columnOf(rows, row => row.topic),
    status: columnOf(rows, row => row.status),
    answered,
    replyDue: rows.map(row => row.replyDue),
    content: rows.map(row => row.content),
  }
}

/** The rows a filter let through, in the inbox's order: read like an array, copied only on demand. */
export interface InboxMatches<T> {
  readonly length: number
  at: (index: number) => T | undefined
  /** A copy, for what needs an array (export, grouping): not made on a filter change. */
  toArray: () => T[]
}

/** A criterion as the dictionary's codes it lets through; null when it does not filter. */
function allowedCodes(column: Column, values: readonly string[] | undefined): Uint8Array | null {
  if (!values?.length)
    return null
  const allowed = new Uint8Array(column.dictionary.size)
  for (const value of values) {
    const code = column.dictionary.get(value)
    if (code !== undefined)
      allowed[code] = 1
  }
  return allowed
}

/**
 * filterFeedback(index.rows, filter, today), as places in the rows written into `into` (at least
 * as long as the rows; reused from change to change). The view reads `into` when asked, so it is
 * good until the next call with the same buffer.
 */
export function matchInbox<T extends Indexed>(index: InboxIndex<T>, filter: FeedbackFilter, today: string, into: Uint32Array): InboxMatches<T> {
  const { rows, answered, replyDue, content } = index
  const units = allowedCodes(index.unit, filter.units)
  const events = allowedCodes(index.eventId, filter.eventIds)
  const tasks = allowedCodes(index.taskId, filter.taskIds)
  const types = allowedCodes(index.respondentType, filter.respondentTypes)
  const topics = allowedCodes(index.topic, filter.topics)
  const statuses = allowedCodes(index.status, filter.statuses)
  const unit = index.unit.codes
  const referredTo = index.referredTo.codes
  const eventId = index.eventId.codes
  const taskId = index.taskId.codes
  const respondentType = index.respondentType.codes
  const topic = index.topic.codes
  const status = index.status.codes
  const text = filter.text?.trim()
  const overdue = filter.overdue
  // A typed array read at -1 (null) gives undefined: no criterion matches a missing value.
  let count = 0
  for (let i = 0; i < rows.length; i++) {
    if (units && !units[unit[i]] && !units[referredTo[i]])
      continue
    if (events && !events[eventId[i]])
      continue
    if (tasks && !tasks[taskId[i]])
      continue
    if (types && !types[respondentType[i]])
      continue
    if (topics && !topics[topic[i]])
      continue
    if (statuses && !statuses[status[i]])
      continue
    if (overdue !== undefined && (!answered[i] && today > replyDue[i]) !== overdue)
      continue
    if (text && !content[i].includes(text))
      continue
    into[count++] = i
  }
  const at = (place: number): T | undefined => place >= 0 && place < count ? rows[into[place]] : undefined
  return {
    length: count,
    at,
    toArray: () => Array.from({ length: count }, (_, place) => rows[into[place]]),
  }
}
