import { db } from './database'
import { transactWithOutbox } from './outbox'

/**
 * A coordinator reopens a past year's plan for ticking (or closes it again): the plan row and the
 * patch that carries the `reopened` field to the server and every phone commit together.
 */
export function setPlanReopened(planId: string, reopened: boolean): Promise<void> {
  return transactWithOutbox([db.plans], async (enqueue) => {
    const updated = await db.plans.update(planId, { reopened })
    if (!updated)
      throw new Error(`plan ${planId} is not on this device`)
    await enqueue('plan', planId, 'patch', { reopened })
  })
}
