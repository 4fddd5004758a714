// Who this device is writing as. Sequence numbers are per client id, and a client id
// belongs to one user on one device, so queued changes are only ever sent as their author.
import { uuidv7 } from '../../shared/ids'
import { db } from './database'

export interface WriterIdentity {
  userId: string | null
  clientId: string
}

const identityKey = 'identity'

/** Must run inside a transaction that includes db.meta. */
export async function currentIdentity(): Promise<WriterIdentity> {
  const row = await db.meta.get(identityKey)
  if (row)
    return row.value as WriterIdentity
  const identity: WriterIdentity = { userId: null, clientId: uuidv7() }
  await db.meta.put({ key: identityKey, value: identity })
  return identity
}

export async function setIdentity(identity: WriterIdentity): Promise<void> {
  await db.meta.put({ key: identityKey, value: identity })
}

/** Must run inside a transaction that includes db.meta. */
export async function nextSequence(clientId: string): Promise<number> {
  const key = `seq:${clientId}`
  const last = ((await db.meta.get(key))?.value as number | undefined) ?? 0
  await db.meta.put({ key, value: last + 1 })
  return last + 1
}
