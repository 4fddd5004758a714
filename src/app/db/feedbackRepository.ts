// Public feedback on the device: handling and adoption change by patches that carry their whole
// field group (shared/records/fieldRules.ts). An item is recorded in feedbackRecording.ts, the
// item reads are in feedbackReads.ts.
import type { HandlingPatch } from '../../shared/feedback/handling'
import type { FeedbackRow, FeedbackSettingsRow } from './schema'
import { feedbackSettingsDefaults, feedbackSettingsId, feedbackSettingsIdOf } from '../../shared/records/feedbackSettingsDefaults'
import { db } from './database'
import { live, type LiveRead } from './live'
import { changeRecord, transactRecords } from './recordWrites'

/** One move of the handling flow; the patch is the whole handling group (handlingPatch). */
export function changeFeedbackHandling(id: string, patch: HandlingPatch | (HandlingPatch & Pick<FeedbackRow, 'referralNote'>)): Promise<FeedbackRow> {
  return changeRecord('feedback', id, patch)
}

/** One reply for a whole group of items: every item's handling patch with its outbox entry, all or none. */
export function replyToFeedbackItems(moves: ReadonlyArray<{ id: string, patch: HandlingPatch }>): Promise<number> {
  return transactRecords([db.feedback], async (stage) => {
    for (const { id, patch } of moves)
      await stage.patch('feedback', id, patch)
    return moves.length
  })
}

/** A final move (公开, 不予公开), remembering its outbox entry so it can be taken back while unsent. */
export function finishFeedbackHandling(id: string, patch: HandlingPatch): Promise<{ localId: number }> {
  return transactRecords([db.feedback], async (stage) => {
    let localId = 0
    await stage.through(async (...args) => {
      const row = await stage.enqueue(...args)
      localId = row.localId!
      return row
    }).patch('feedback', id, patch)
    return { localId }
  })
}

/**
 * Takes a final move back while it has not left the device: its outbox entry goes and the
 * handling fields return to what they were. False once it was sent (or refused): the server
 * treats 公开 and 不予公开 as final, so nothing is changed then.
 */
export function takeBackFeedbackHandling(id: string, localId: number, before: HandlingPatch): Promise<boolean> {
  return db.transaction('rw', [db.feedback, db.outbox], async () => {
    const entry = await db.outbox.get(localId)
    const current = await db.feedback.get(id)
    if (!entry || entry.rejected || entry.entity !== 'feedback' || entry.id !== id || !current)
      return false
    await db.outbox.delete(localId)
    await db.feedback.put({ ...current, ...before })
    return true
  })
}

export function changeFeedbackAdoption(id: string, adoption: FeedbackRow['adoption']): Promise<FeedbackRow> {
  return changeRecord('feedback', id, { adoption })
}

/** What an organization's screens go by: its own settings, else the shared ones kept before organizations, else the defaults. */
async function shownFeedbackSettings(organizationId: string | null): Promise<FeedbackSettingsRow> {
  const own = organizationId ? await db.feedbackSettings.get(feedbackSettingsIdOf(organizationId)) : undefined
  return own ?? (await db.feedbackSettings.get(feedbackSettingsId)) ?? feedbackSettingsDefaults
}

/** My organization's settings (topics, reply deadline), as shownFeedbackSettings picks them. */
export function observeFeedbackSettings(organizationId: string | null): LiveRead<FeedbackSettingsRow> {
  return live(() => shownFeedbackSettings(organizationId))
}

/**
 * A settings change of my organization (without one, of the shared record). The first change
 * creates the organization's record from what its screens showed until then, not from the
 * defaults, so the topics and holidays set before organizations are kept.
 */
export function changeFeedbackSettings(organizationId: string | null, change: Partial<Omit<FeedbackSettingsRow, 'id' | 'owner'>>): Promise<FeedbackSettingsRow> {
  const id = feedbackSettingsIdOf(organizationId)
  return transactRecords([db.feedbackSettings], async (stage) => {
    if (!organizationId || await db.feedbackSettings.get(id))
      return stage.patch('feedbackSettings', id, change)
    const { id: _id, owner: _owner, ...shown } = await shownFeedbackSettings(null)
    return stage.patch('feedbackSettings', id, { ...shown, ...change, owner: organizationId })
  })
}
