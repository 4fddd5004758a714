// One sync: push this user's queue, then pull what changed. The outcome names what went
// wrong in terms the status bar can put into words.
import type { SyncContext } from './context'
import { markSessionExpired, readSession, readWriterIdentity } from '../db/identity'
import { pruneUnreferencedPhotos } from '../db/photoCacheRepository'
import { type PushOutcome, type SyncProblem, writeSyncState } from '../db/syncRepository'
import { ApiRequestError, NetworkError } from './api'
import { pullChanges } from './pull'
import { pushOutbox } from './push'

export interface SyncOutcome {
  problem: SyncProblem | null
  detail: string | null
  pushed: PushOutcome | null
  pulled: number
}

export function describeFailure(error: unknown, online: boolean): { problem: SyncProblem, detail: string } {
  const detail = error instanceof Error ? error.message : String(error)
  if (error instanceof NetworkError)
    return { problem: online ? 'unreachable' : 'offline', detail }
  if (error instanceof ApiRequestError)
    return { problem: error.status === 401 ? 'session-expired' : 'server-error', detail: `${error.status} ${detail}` }
  return { problem: 'device-error', detail }
}

export async function runSyncCycle(ctx: SyncContext): Promise<SyncOutcome> {
  const session = await readSession(ctx.database)
  const stopped = (problem: SyncProblem): SyncOutcome => ({ problem, detail: null, pushed: null, pulled: 0 })
  if (!session) {
    await writeSyncState({ problem: 'signed-out', detail: null }, ctx.database)
    return stopped('signed-out')
  }
  if (session.expired) {
    await writeSyncState({ problem: 'session-expired', detail: null }, ctx.database)
    return stopped('session-expired')
  }
  // The server refuses to sync under a one-time password: the status bar says so and leads to the change
  // (the sign-in flow asked for it; a person may have gone on working instead).
  if (session.user.mustChangePassword) {
    await writeSyncState({ problem: 'password-change', detail: null }, ctx.database)
    return stopped('password-change')
  }
  const startedAt = ctx.now()
  let pushed: PushOutcome | null = null
  try {
    await writeSyncState({ lastAttemptAt: startedAt }, ctx.database)
    const identity = await readWriterIdentity(ctx.database)
    // The identity follows the session; if they ever disagree, nothing is sent as the wrong user.
    // A push the server refused (a change it cannot take, a fault of its own) must not also stop
    // the pull: the device still hears everyone else's changes; the failure is reported after.
    let pushFailure: unknown = null
    if (identity.userId === session.user.id) {
      try {
        pushed = await pushOutbox(ctx, session.token, identity)
      }
      catch (error) {
        if (!(error instanceof ApiRequestError) || error.status === 401)
          throw error
        pushFailure = error
      }
    }
    const pulled = await pullChanges(ctx, session.token, session.user.id)
    // Photos now on the server whose records are gone (removed here or elsewhere) free their space;
    // a failure here costs only space, never the sync.
    if (pulled || pushed?.acknowledged)
      await pruneUnreferencedPhotos(ctx.database).catch(() => 0)
    if (pushFailure)
      throw pushFailure
    await writeSyncState({ lastSuccessAt: startedAt, problem: null, detail: null }, ctx.database)
    return { problem: null, detail: null, pushed, pulled }
  }
  catch (error) {
    const { problem, detail } = describeFailure(error, ctx.isOnline())
    // Recording the failure may itself fail (a full disk): the outcome still reaches the status bar.
    if (problem === 'session-expired')
      await markSessionExpired(session.token, ctx.database).catch(() => {})
    await writeSyncState({ problem, detail }, ctx.database).catch(() => {})
    return { problem, detail, pushed, pulled: 0 }
  }
}
