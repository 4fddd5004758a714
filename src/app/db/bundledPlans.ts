import type { PlanRecord } from '../../shared/records/plan'
import { db } from './database'
import { storePlanRecords } from './planRepository'
import { nextTask } from '../utils/nextTask'

/**
 * Stores the plans shipped with a build; a plan someone imported keeps precedence over a bundled
 * one with the same id. Loaded only on the first start of a build (ensureBundledPlans), so the
 * first screen of every other start carries none of the plan writes.
 */
export async function storeBundledPlans(records: PlanRecord[]): Promise<void> {
  const existing = await db.plans.bulkGet(records.map(r => r.id))
  const bundled = records.filter((_, i) => !existing[i] || existing[i].bundled)
  // One plan per transaction, each in a task of its own: IndexedDB copies every row on the main
  // thread, and all plans at once held a slow phone's first visit for a quarter of a second.
  for (const record of bundled) {
    await storePlanRecords([record])
    await nextTask()
  }
}
