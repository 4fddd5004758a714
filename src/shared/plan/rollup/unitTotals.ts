// The bookkeeping behind overviewOf's single pass (units.ts), in typed arrays indexed by unit: the
// inner loop runs once per checklist item and unit (hundreds of thousands of times for 10,000
// tasks), so it touches numbers, never allocates, and resets only the slots a task used.
import type { CoveredBy } from './types'
import type { UnitProgress } from './units'

/** A set of unit indexes, refilled in place for each task or checklist item. */
export class UnitSet {
  readonly members: Int32Array
  size = 0
  private readonly stamps: Int32Array
  private stamp = 0

  constructor(units: number) {
    this.members = new Int32Array(units)
    this.stamps = new Int32Array(units)
  }

  /** The units any of these names covers, each once. */
  collect(coveredBy: CoveredBy, issuer: string | undefined, ...lists: string[][]): this {
    this.size = 0
    this.stamp++
    for (const names of lists) {
      for (const name of names) {
        for (const u of coveredBy(name, issuer)) {
          if (this.stamps[u] !== this.stamp) {
            this.stamps[u] = this.stamp
            this.members[this.size++] = u
          }
        }
      }
    }
    return this
  }

  has(u: number): boolean {
    return this.stamps[u] === this.stamp
  }
}

export interface FinishedTask {
  /** Mean of the concerned units' shares. */
  share: number
  /** Units that have not finished a part of the task past its deadline. */
  behind: number[]
  /** Some unit with nothing late has a part due soon unfinished. */
  soon: boolean
}

export class UnitTotals {
  private readonly tasks: Uint32Array
  private readonly doneTasks: Uint32Array
  private readonly shareSums: Float64Array
  private readonly overdue: Uint32Array
  private readonly dueSoon: Uint32Array
  private readonly items: { done: Uint32Array, partial: Uint32Array, total: Uint32Array }
  // This task's score sum and subject count per unit; `owner` says which task last wrote a slot.
  private readonly sums: Float64Array
  private readonly counts: Uint32Array
  /** Subjects of this task past their deadline, and due within dueSoonDays, that the unit has not finished. */
  private readonly lateCounts: Uint32Array
  private readonly soonCounts: Uint32Array
  private readonly owner: Int32Array
  private readonly touched: Int32Array
  private touchedCount = 0
  private task = 0

  constructor(units: number) {
    this.tasks = new Uint32Array(units)
    this.doneTasks = new Uint32Array(units)
    this.shareSums = new Float64Array(units)
    this.overdue = new Uint32Array(units)
    this.dueSoon = new Uint32Array(units)
    this.items = { done: new Uint32Array(units), partial: new Uint32Array(units), total: new Uint32Array(units) }
    this.sums = new Float64Array(units)
    this.counts = new Uint32Array(units)
    this.lateCounts = new Uint32Array(units)
    this.soonCounts = new Uint32Array(units)
    this.owner = new Int32Array(units)
    this.touched = new Int32Array(units)
  }

  startTask(): void {
    this.task++
    this.touchedCount = 0
  }

  /** Counts one checklist item or target of the current task for each of these units, as not started. */
  countSubject(units: UnitSet): void {
    for (let k = 0; k < units.size; k++) {
      const u = units.members[k]
      if (this.owner[u] !== this.task) {
        this.owner[u] = this.task
        this.sums[u] = 0
        this.counts[u] = 0
        this.lateCounts[u] = 0
        this.soonCounts[u] = 0
        this.touched[this.touchedCount++] = u
      }
      this.counts[u]++
      this.items.total[u]++
    }
  }

  /**
   * The subject just counted is past its deadline ('overdue') or due soon ('dueSoon'): so for each
   * of these units until it finishes it (finishAlarmed).
   */
  markAlarmed(units: UnitSet, alarm: 'overdue' | 'dueSoon'): void {
    const counts = alarm === 'overdue' ? this.lateCounts : this.soonCounts
    for (let k = 0; k < units.size; k++)
      counts[units.members[k]]++
  }

  /** Unit u finished a subject marked with this alarm. */
  finishAlarmed(u: number, alarm: 'overdue' | 'dueSoon'): void {
    (alarm === 'overdue' ? this.lateCounts : this.soonCounts)[u]--
  }

  /** What unit u recorded on a subject already counted, scored 0..1. */
  credit(u: number, value: number): void {
    this.sums[u] += value
    if (value === 1)
      this.items.done[u]++
    else if (value > 0)
      this.items.partial[u]++
  }

  /**
   * Adds the current task to each unit it concerns; null when it gave no unit anything to tick.
   * A unit is overdue on it while something of it is late for the unit, else due soon while
   * something is due soon (markAlarmed): the rule of alarmOf on the unit's own roll-up.
   */
  finishTask(): FinishedTask | null {
    if (!this.touchedCount)
      return null
    let shares = 0
    let soon = false
    const behind: number[] = []
    for (let k = 0; k < this.touchedCount; k++) {
      const u = this.touched[k]
      const share = this.sums[u] / this.counts[u]
      shares += share
      this.tasks[u]++
      this.shareSums[u] += share
      if (share === 1)
        this.doneTasks[u]++
      else if (this.lateCounts[u] > 0) {
        this.overdue[u]++
        behind.push(u)
      }
      else if (this.soonCounts[u] > 0) {
        this.dueSoon[u]++
        soon = true
      }
    }
    return { share: shares / this.touchedCount, behind, soon }
  }

  /** Units with something to do, in unit order. */
  progressOf(units: readonly string[]): UnitProgress[] {
    const out: UnitProgress[] = []
    for (let u = 0; u < units.length; u++) {
      if (!this.tasks[u])
        continue
      out.push({
        unit: units[u],
        share: this.shareSums[u] / this.tasks[u],
        tasks: this.tasks[u],
        doneTasks: this.doneTasks[u],
        overdue: this.overdue[u],
        dueSoon: this.dueSoon[u],
        items: { done: this.items.done[u], partial: this.items.partial[u], total: this.items.total[u] },
      })
    }
    return out
  }
}
