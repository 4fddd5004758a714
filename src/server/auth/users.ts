// Accounts: who someone is, which unit they belong to and what they may do.
import type { ListedUser, NewUser } from '../../shared/api/users'
import type { Role, SessionUser } from '../../shared/api/auth'
import type { Db, UsersTable } from '../db/schema'
import { uuidv7 } from '../../shared/ids'
import { accountUnitId } from '../directory/accountUnits'
import { generatePassword, hashPassword } from './passwords'

export type StoredUser = ListedUser

export function toStoredUser(row: UsersTable & { unit_name?: string | null }): StoredUser {
  const user: StoredUser = {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    unit: row.unit,
    role: row.role as Role,
    createdAt: row.created_at,
    active: row.deactivated_at === null,
    deactivatedAt: row.deactivated_at,
    ...(row.unit_name ? { unitName: row.unit_name } : {}),
  }
  return row.must_change_password ? { ...user, mustChangePassword: true } : user
}

export function toSessionUser({ id, username, displayName, unit, role, mustChangePassword }: StoredUser): SessionUser {
  return mustChangePassword ? { id, username, displayName, unit, role, mustChangePassword } : { id, username, displayName, unit, role }
}

export class UsernameTakenError extends Error {
  constructor(readonly username: string) {
    super(`用户名 ${username} 已被占用`)
  }
}

export interface CreatedUser {
  user: StoredUser
  /** Present when the password was generated: shown once, never stored in clear. */
  generatedPassword?: string
}

export async function createUser(db: Db, input: NewUser, now: number): Promise<CreatedUser> {
  const existing = await findUserByUsername(db, input.username)
  if (existing)
    throw new UsernameTakenError(input.username)
  const unit = await accountUnitId(db, input.unit)
  const generatedPassword = input.password ? undefined : generatePassword()
  const row: UsersTable = {
    id: uuidv7(now),
    username: input.username,
    display_name: input.displayName,
    unit,
    role: input.role,
    password_hash: await hashPassword(input.password ?? generatedPassword!),
    created_at: now,
    // A generated password has been seen by whoever created the account.
    must_change_password: generatedPassword ? 1 : 0,
    deactivated_at: null,
  }
  try {
    await db.insertInto('users').values(row).execute()
  }
  catch (error) {
    // Two admins adding the same name at once: the unique index decides, the loser hears why.
    if (await findUserByUsername(db, input.username))
      throw new UsernameTakenError(input.username)
    throw error
  }
  const unitName = await db.selectFrom('org_units').select('name').where('id', '=', row.unit).executeTakeFirst()
  return { user: toStoredUser({ ...row, unit_name: unitName?.name }), generatedPassword }
}

/** Sets a password the user chose, clearing the request to change it. */
export async function setOwnPassword(db: Db, userId: string, password: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: await hashPassword(password), must_change_password: 0 }).where('id', '=', userId).execute()
}

export async function findUserByUsername(db: Db, username: string): Promise<UsersTable | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst()
}

export async function findUserById(db: Db, id: string): Promise<StoredUser | undefined> {
  const row = await db.selectFrom('users').leftJoin('org_units', 'org_units.id', 'users.unit')
    .selectAll('users').select('org_units.name as unit_name').where('users.id', '=', id).executeTakeFirst()
  return row && toStoredUser(row)
}

/** Accounts with their unit's directory name; only those of the given units when a scope is given. */
export async function listUsers(db: Db, units: ReadonlySet<string> | null = null): Promise<StoredUser[]> {
  const rows = await db.selectFrom('users').leftJoin('org_units', 'org_units.id', 'users.unit')
    .selectAll('users').select('org_units.name as unit_name')
    .orderBy('users.unit').orderBy('users.username').execute()
  return rows.filter(row => !units || units.has(row.unit)).map(toStoredUser)
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select(eb => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}
