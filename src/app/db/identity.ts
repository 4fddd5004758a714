// Who this device is writing as. Sequence numbers are per client id, and a client id
// belongs to one user on one device, so queued changes are only ever sent as their author.
// Every function takes the database so several simulated devices can share one process.
import type { LoginResponse, SessionUser } from '../../shared/api/auth'
import { uuidv7 } from '../../shared/ids'
import { type AppDB, db } from './database'
import { identityKey, sequenceKeyOf } from './metaKeys'

export interface WriterIdentity {
  userId: string | null
  clientId: string
}

/** The signed-in user as this device remembers it; kept while offline, even past expiry. */
export interface StoredSession {
  token: string
  expiresAt: number
  user: SessionUser
  /** The server answered 401: nothing is sent until this same user signs in again. */
  expired: boolean
}

const sessionKey = 'session'
const clientKeyOf = (userId: string | null) => `client:${userId ?? 'anonymous'}`
const userKeyOf = (userId: string) => `user:${userId}`

async function clientIdOf(userId: string | null, database: AppDB): Promise<string> {
  const key = clientKeyOf(userId)
  const known = (await database.meta.get(key))?.value as string | undefined
  if (known)
    return known
  const clientId = uuidv7()
  await database.meta.put({ key, value: clientId })
  return clientId
}

/** Must run inside a transaction that includes meta. */
export async function currentIdentity(database: AppDB = db): Promise<WriterIdentity> {
  const row = await database.meta.get(identityKey)
  if (row)
    return row.value as WriterIdentity
  const identity: WriterIdentity = { userId: null, clientId: await clientIdOf(null, database) }
  await database.meta.put({ key: identityKey, value: identity })
  return identity
}

/** The identity outside any transaction (creating the anonymous one on first use). */
export function readWriterIdentity(database: AppDB = db): Promise<WriterIdentity> {
  return database.transaction('rw', database.meta, () => currentIdentity(database))
}

export async function setIdentity(identity: WriterIdentity, database: AppDB = db): Promise<void> {
  await database.meta.put({ key: identityKey, value: identity })
}

/** Must run inside a transaction that includes meta. The last sequence number this client used. */
export async function lastSequence(clientId: string, database: AppDB = db): Promise<number> {
  return ((await database.meta.get(sequenceKeyOf(clientId)))?.value as number | undefined) ?? 0
}

/** Must run inside a transaction that includes meta. */
export function saveLastSequence(clientId: string, sequence: number, database: AppDB = db): Promise<string> {
  return database.meta.put({ key: sequenceKeyOf(clientId), value: sequence })
}

/** Must run inside a transaction that includes meta. */
export async function nextSequence(clientId: string, database: AppDB = db): Promise<number> {
  const next = await lastSequence(clientId, database) + 1
  await saveLastSequence(clientId, next, database)
  return next
}

export async function readSession(database: AppDB = db): Promise<StoredSession | null> {
  return ((await database.meta.get(sessionKey))?.value as StoredSession | undefined) ?? null
}

/**
 * Remembers a fresh sign-in and writes as that user from now on. Changes made while nobody
 * was signed in become this user's, renumbered in their original order after the user's own;
 * changes of any other user stay theirs and wait for them.
 */
export function adoptSession(login: LoginResponse, database: AppDB = db): Promise<WriterIdentity> {
  return database.transaction('rw', [database.meta, database.outbox], async () => {
    const session: StoredSession = { ...login, expired: false }
    await database.meta.put({ key: sessionKey, value: session })
    await database.meta.put({ key: userKeyOf(login.user.id), value: login.user })
    const identity: WriterIdentity = { userId: login.user.id, clientId: await clientIdOf(login.user.id, database) }
    await setIdentity(identity, database)
    const unclaimed = await database.outbox.filter(row => row.userId === null).toArray()
    for (const row of unclaimed) {
      const seq = await nextSequence(identity.clientId, database)
      await database.outbox.update(row.localId!, { userId: identity.userId, clientId: identity.clientId, seq })
    }
    return identity
  })
}

export async function markSessionExpired(token: string, database: AppDB = db): Promise<void> {
  await database.transaction('rw', database.meta, async () => {
    const session = await readSession(database)
    if (session?.token === token)
      await database.meta.put({ key: sessionKey, value: { ...session, expired: true } })
  })
}

/** The password was changed: the stored session no longer asks for a new one. */
export function markPasswordChanged(database: AppDB = db): Promise<void> {
  return database.transaction('rw', database.meta, async () => {
    const session = await readSession(database)
    if (!session?.user.mustChangePassword)
      return
    const { mustChangePassword: _, ...user } = session.user
    await database.meta.put({ key: sessionKey, value: { ...session, user } })
    await database.meta.put({ key: userKeyOf(user.id), value: user })
  })
}

/** Signs out on this device: unsent changes stay queued under their author. */
export function forgetSession(database: AppDB = db): Promise<void> {
  return database.transaction('rw', database.meta, async () => {
    await database.meta.delete(sessionKey)
    await setIdentity({ userId: null, clientId: await clientIdOf(null, database) }, database)
  })
}

/** Users who have signed in on this device, to name whose queued changes are waiting. */
export async function readKnownUsers(userIds: string[], database: AppDB = db): Promise<Record<string, SessionUser>> {
  // Asked after every write by the status bar, nearly always for nobody: no transaction for that,
  // as one on meta, however empty, holds back a tick's transaction queued behind it.
  if (!userIds.length)
    return {}
  const rows = await database.meta.bulkGet(userIds.map(userKeyOf))
  return Object.fromEntries(rows.filter(row => row !== undefined).map(row => [(row.value as SessionUser).id, row.value as SessionUser]))
}
