// Step 9c: which body task each table row breaks down. Rows follow the body's order, so each
// row looks at the tasks from the previous row's task onwards (a bounded window keeps this
// linear). A row whose task-name cell is empty (a vertically merged cell) belongs to the
// task of the named row above or below it: its own content decides which.
import type { TableRow } from './row'
import { coverage, pairCounter } from '../../text/bigrams'
import { forwardIndexOf } from './similarity'

export interface RowPlacement {
  task: number
  /** How well the row's text matched the task's text, 0 to 1. */
  score: number
}

const window = 40
/** Below this a row matched no task's text; it stays where the previous row was. */
export const weakMatch = 0.3
// A small pull towards the nearest task, so that near-ties stay in order.
const distancePenalty = 0.01

function scoreOf(row: TableRow, rowPairs: { name: Set<number>, content: Set<number> }, taskPairs: Set<number>): number {
  const content = coverage(rowPairs.content, taskPairs)
  if (row.name === '') return content
  const name = coverage(rowPairs.name, taskPairs)
  return row.content === '' ? name : 0.75 * content + 0.25 * name
}

function best(candidates: number[], score: (task: number) => number, from: number, penalty = distancePenalty): RowPlacement {
  let placement: RowPlacement = { task: candidates[0], score: -1 }
  for (const task of candidates) {
    const value = score(task)
    if (value - penalty * (task - from) > placement.score - penalty * (placement.task - from) + 1e-9) placement = { task, score: value }
  }
  return placement
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)

export function alignRows(rows: TableRow[], taskTexts: string[]): RowPlacement[] {
  const bigramsOf = pairCounter()
  const taskPairs = taskTexts.map(bigramsOf)
  const nextTasks = forwardIndexOf(taskPairs)
  const placements: RowPlacement[] = []
  let current = 0
  let pendingBlank: number[] = []
  const scoreFor = (index: number) => {
    const row = rows[index]
    const pairs = { name: bigramsOf(row.name), content: bigramsOf(row.content) }
    return (task: number) => scoreOf(row, pairs, taskPairs[task])
  }
  // Blank-named rows between two named rows choose between (and including) their tasks.
  const settleBlanks = (upTo: number) => {
    let from = current
    for (const index of pendingBlank) {
      placements[index] = best(range(from, upTo), scoreFor(index), from)
      from = placements[index].task
    }
    pendingBlank = []
  }
  rows.forEach((row, index) => {
    if (row.name === '') {
      pendingBlank.push(index)
      return
    }
    const score = scoreFor(index)
    let found = best(range(current, Math.min(current + window, taskTexts.length - 1)), score, current)
    // The table may skip body sections that have no rows: look further ahead, but only at the
    // next task holding each of the row's character pairs, so the work per row stays bounded.
    if (found.score < weakMatch) found = best([current, ...nextTasks(bigramsOf(row.content || row.name), current)], score, current, 0)
    const placement = found.score < weakMatch ? { task: current, score: score(current) } : found
    settleBlanks(placement.task)
    placements[index] = placement
    current = placement.task
  })
  settleBlanks(current)
  return placements
}
