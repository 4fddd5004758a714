// Sends this writer's queue in order, in batches, photos first. A mutation the server
// refuses for good is kept with its reason and the rest of the queue carries on.
import type { WriterIdentity } from '../db/identity'
import type { OutboxRow } from '../db/schema'
import type { Mutation } from '../../shared/sync/protocol'
import { formatBytes, maxMutationBytes, mutationBytes } from '../../shared/sync/mutationSize'
import type { SyncContext } from './context'
import { applyPushResults, markPhotoUploaded, photosToUpload, type PushOutcome, readPushBatch, rejectLocally } from '../db/syncRepository'
import { translate } from '../i18n'
import { ApiRequestError } from './api'

const toMutation = ({ seq, entity, id, op, data, at }: OutboxRow): Mutation => ({ seq, entity, id, op, data, at })

async function uploadPhotos(ctx: SyncContext, token: string, rows: OutboxRow[]): Promise<void> {
  for (const photo of await photosToUpload(rows, ctx.database)) {
    try {
      await ctx.api.putPhoto(token, photo.sha256, photo.blob, photo.mime)
      await markPhotoUploaded(photo.sha256, ctx.database)
    }
    catch (error) {
      // A photo the server refuses (type, size) makes it reject the evidence that needs it,
      // with a reason the user sees; only failures that may pass later stop the push.
      const refused = error instanceof ApiRequestError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 429
      if (!refused)
        throw error
    }
  }
}

/** A 400 for the whole request names the bad mutations by index (mutations.3.id): reject those. */
async function rejectUnreadable(ctx: SyncContext, rows: OutboxRow[], error: ApiRequestError): Promise<number> {
  let rejected = 0
  for (const issue of error.issues) {
    const index = /^mutations[./[](\d+)/.exec(issue.path)?.[1]
    const row = index === undefined ? undefined : rows[Number(index)]
    if (row && !row.rejected) {
      await rejectLocally(row, 'invalid', `${issue.path}: ${issue.message}`, ctx.database)
      row.rejected = { code: 'invalid', reason: issue.message }
      rejected++
    }
  }
  return rejected
}

/** A change too large for the server is refused here, alone, so it never blocks the queue behind it. */
async function withoutOversized(ctx: SyncContext, rows: OutboxRow[]): Promise<OutboxRow[]> {
  const sendable: OutboxRow[] = []
  for (const row of rows) {
    const size = mutationBytes(toMutation(row))
    if (size > maxMutationBytes)
      await rejectLocally(row, 'too_large', translate('sync.refused.tooLarge', { size: formatBytes(size), limit: formatBytes(maxMutationBytes) }), ctx.database)
    else
      sendable.push(row)
  }
  return sendable
}

export async function pushOutbox(ctx: SyncContext, token: string, identity: WriterIdentity): Promise<PushOutcome> {
  const total: PushOutcome = { acknowledged: 0, rejected: 0, superseded: 0 }
  let batchSize = ctx.batchSize
  for (;;) {
    const read = await readPushBatch(identity, batchSize, ctx.database)
    if (!read.length)
      return total
    const rows = await withoutOversized(ctx, read)
    total.rejected += read.length - rows.length
    if (!rows.length)
      continue
    await uploadPhotos(ctx, token, rows)
    let results
    let unreadable = 0
    try {
      results = (await ctx.api.push(token, { clientId: identity.clientId, sentAt: ctx.now(), mutations: rows.map(toMutation) })).results
    }
    catch (error) {
      if (error instanceof ApiRequestError && error.status === 413) {
        if (rows.length > 1) {
          batchSize = Math.ceil(rows.length / 2)
          continue
        }
        // One change alone is over the server's body limit (set lower than ours): refuse it, in the
        // server's words that name its limit, and go on with the rest.
        const size = formatBytes(mutationBytes(toMutation(rows[0])))
        await rejectLocally(rows[0], 'too_large', translate('sync.refused.tooLargeForServer', { size, message: error.message }), ctx.database)
        total.rejected++
        continue
      }
      if (error instanceof ApiRequestError && error.status === 400)
        unreadable = await rejectUnreadable(ctx, rows, error)
      if (!unreadable)
        throw error
      total.rejected += unreadable
      continue
    }
    const outcome = await applyPushResults(rows, results, ctx.now(), ctx.database)
    if (outcome.acknowledged + outcome.rejected === 0)
      throw new Error(`the server answered none of mutations ${rows[0].seq}–${rows.at(-1)!.seq}`)
    total.acknowledged += outcome.acknowledged
    total.rejected += outcome.rejected
    total.superseded += outcome.superseded
  }
}
