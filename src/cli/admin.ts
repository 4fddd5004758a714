// `npm run admin -- <command>`: account administration on the server's own database
// (DATABASE_URL, or the SQLite file under data/), usable while the server runs.
import { parseArgs } from 'node:util'
import { newUserSchema } from '../shared/api/users'
import { revokeUserSessions } from '../server/auth/sessions'
import { createUser, findUserByUsername, listUsers, UsernameTakenError } from '../server/auth/users'
import { readConfig } from '../server/config'
import { type Database, openDatabase } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrations'
import { issuesOf } from '../server/errors'

const usage = `用法 usage:
  npm run admin -- add-user --username NAME --display-name 名字 --unit 单位 --role staff|coordinator [--password PW]
  npm run admin -- list-users
  npm run admin -- revoke-sessions --username NAME`

class UsageError extends Error {}

async function addUser(database: Database, values: Record<string, string | undefined>): Promise<void> {
  const parsed = newUserSchema.safeParse({
    username: values.username,
    displayName: values['display-name'],
    unit: values.unit,
    role: values.role,
    password: values.password,
  })
  if (!parsed.success) {
    const flags: Record<string, string> = { displayName: '--display-name' }
    const lines = issuesOf(parsed.error).map(i => `  ${flags[i.path] ?? `--${i.path}`}: ${i.message}`)
    throw new UsageError(`账号信息不合格 invalid account:\n${lines.join('\n')}`)
  }
  const { user, generatedPassword } = await createUser(database.db, parsed.data, Date.now())
  console.log(`已创建 created: ${user.username} (${user.displayName}, ${user.unit}, ${user.role})`)
  if (generatedPassword)
    console.log(`一次性密码 one-time password: ${generatedPassword}`)
}

async function listAll(database: Database): Promise<void> {
  const users = await listUsers(database.db)
  for (const u of users)
    console.log([u.username, u.displayName, u.unit, u.role, new Date(u.createdAt).toISOString(), u.active ? '' : '已停用 (deactivated)'].join('\t').trimEnd())
  console.log(`共 ${users.length} 个账号 (${users.length} users)`)
}

async function revoke(database: Database, username: string | undefined): Promise<void> {
  if (!username)
    throw new UsageError('缺少 --username (missing --username)')
  const user = await findUserByUsername(database.db, username)
  if (!user)
    throw new UsageError(`没有账号 ${username} (no such user)`)
  const count = await revokeUserSessions(database.db, user.id, Date.now())
  console.log(`已注销 ${username} 的 ${count} 个登录 (revoked ${count} sessions)`)
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'username': { type: 'string' },
      'display-name': { type: 'string' },
      'unit': { type: 'string' },
      'role': { type: 'string' },
      'password': { type: 'string' },
    },
  })
  const command = positionals[0]
  const commands: Record<string, (db: Database) => Promise<void>> = {
    'add-user': db => addUser(db, values),
    'list-users': db => listAll(db),
    'revoke-sessions': db => revoke(db, values.username),
  }
  if (!command || !commands[command])
    throw new UsageError(command ? `未知命令 unknown command: ${command}` : '缺少命令 (missing command)')
  const database = openDatabase(readConfig().databaseUrl)
  try {
    await migrateToLatest(database.db)
    await commands[command](database)
    return 0
  }
  finally {
    await database.close()
  }
}

main(process.argv.slice(2)).then(code => process.exit(code), (error: unknown) => {
  if (error instanceof UsageError || error instanceof UsernameTakenError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(error as Error).message}\n\n${usage}`)
    process.exit(1)
  }
  console.error(error)
  process.exit(2)
})
