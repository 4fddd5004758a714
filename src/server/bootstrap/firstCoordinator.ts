// A fresh installation has nobody who could add users, so the first start makes a coordinator
// and hands its one-time password to whoever started the server.
import type { CreatedUser } from '../auth/users'
import type { ServerConfig } from '../config'
import type { Db } from '../db/schema'
import { countUsers, createUser, UsernameTakenError } from '../auth/users'
import { ensureUnitNode } from '../directory/accountUnits'

export async function ensureFirstCoordinator(db: Db, account: ServerConfig['firstCoordinator'], now: number): Promise<CreatedUser | null> {
  if (await countUsers(db) > 0)
    return null
  try {
    const unit = await ensureUnitNode(db, account.unit, now)
    return await createUser(db, { ...account, unit, role: 'coordinator' }, now)
  }
  catch (error) {
    // Several processes starting at once on one PostgreSQL: one of them made it.
    if (error instanceof UsernameTakenError)
      return null
    throw error
  }
}

export function firstCoordinatorBanner({ user, generatedPassword }: CreatedUser): string {
  const line = '='.repeat(64)
  return [
    line,
    '  已创建首个协调员账号 / First coordinator account created',
    `  用户名 username: ${user.username}`,
    `  单位 unit:       ${user.unitName ?? user.unit}`,
    `  一次性密码 one-time password: ${generatedPassword}`,
    '  请立即登录并妥善保管；此密码不会再次显示。',
    '  Sign in now and keep it safe: it is not shown again.',
    line,
  ].join('\n')
}
