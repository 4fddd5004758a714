// What a coordinator does to someone else's account: a new one-time password, switching it off
// and on again. Each step also ends the sessions it makes stale, in the same transaction.
import type { Transaction } from 'kysely'
import type { Db, Schema } from '../db/schema'
import type { StoredUser } from './users'
import { inTransaction } from '../db/transaction'
import { HttpError } from '../errors'
import { generatePassword, hashPassword } from './passwords'
import { revokeUserSessions } from './sessions'
import { findUserById } from './users'

/** The account a coordinator named, or a 404. */
export async function existingUser(db: Db, id: string): Promise<StoredUser> {
  const user = await findUserById(db, id)
  if (!user)
    throw new HttpError(404, 'not_found', '没有这个账号')
  return user
}

function notSelf(actorId: string, target: StoredUser, message: string): void {
  if (actorId === target.id)
    throw new HttpError(400, 'own_account', message)
}

/** A new generated password the user must replace at first sign-in; every device signs in again. */
export async function resetPassword(db: Db, actorId: string, id: string, now: number): Promise<{ user: StoredUser, password: string }> {
  const user = await existingUser(db, id)
  notSelf(actorId, user, '不能重置自己的密码，请在“修改密码”中修改')
  const password = generatePassword()
  const passwordHash = await hashPassword(password)
  await inTransaction(db, async (trx) => {
    await trx.updateTable('users').set({ password_hash: passwordHash, must_change_password: 1 }).where('id', '=', id).execute()
    await revokeUserSessions(trx, id, now)
  })
  return { user: { ...user, mustChangePassword: true }, password }
}

async function otherActiveCoordinators(trx: Transaction<Schema>, id: string): Promise<number> {
  // A no-op write on every active coordinator row locks them (PostgreSQL) until commit, so two
  // coordinators switching each other off at once are decided one after the other, and the
  // second sees the first's change. SQLite transactions already run one at a time.
  await trx.updateTable('users').set(eb => ({ deactivated_at: eb.ref('deactivated_at') }))
    .where('role', '=', 'coordinator').where('deactivated_at', 'is', null).execute()
  const row = await trx.selectFrom('users').select(eb => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'coordinator').where('deactivated_at', 'is', null).where('id', '!=', id)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Switches an account off (no sign-in, its sessions end at once) or on again (sign-in works again). */
export async function setAccountActive(db: Db, actorId: string, id: string, active: boolean, now: number): Promise<StoredUser> {
  const user = await existingUser(db, id)
  if (active) {
    await db.updateTable('users').set({ deactivated_at: null }).where('id', '=', id).execute()
    return { ...user, active: true, deactivatedAt: null }
  }
  notSelf(actorId, user, '不能停用自己的账号')
  const deactivatedAt = await inTransaction(db, async (trx) => {
    if (user.role === 'coordinator' && await otherActiveCoordinators(trx, id) === 0)
      throw new HttpError(409, 'last_coordinator', '这是最后一个可用的协调员账号，不能停用')
    // An account already off keeps the moment it was switched off.
    await trx.updateTable('users').set({ deactivated_at: now }).where('id', '=', id).where('deactivated_at', 'is', null).execute()
    await revokeUserSessions(trx, id, now)
    const row = await trx.selectFrom('users').select('deactivated_at').where('id', '=', id).executeTakeFirstOrThrow()
    return row.deactivated_at
  })
  return { ...user, active: false, deactivatedAt }
}
