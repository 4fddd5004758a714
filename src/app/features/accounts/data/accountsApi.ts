// The coordinators' account administration on the server (src/server/routes/users.ts). Online
// only: nothing here is kept on the device.
import type { ListedUser, NewUser, PasswordResetResponse } from '../../../../shared/auth'
import { type ApiSend, createApiSend, jsonHeaders } from '../../../sync/api'

export interface CreatedAccount {
  user: ListedUser
  /** The generated one-time password, present when none was given. */
  password?: string
}

export interface AccountsApi {
  list: (token: string) => Promise<ListedUser[]>
  create: (token: string, body: NewUser) => Promise<CreatedAccount>
  resetPassword: (token: string, id: string) => Promise<string>
  revokeSessions: (token: string, id: string) => Promise<number>
  setActive: (token: string, id: string, active: boolean) => Promise<ListedUser>
}

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`

export function createAccountsApi(send: ApiSend = createApiSend()): AccountsApi {
  const post = (body: unknown) => ({ method: 'POST', headers: jsonHeaders, body: JSON.stringify(body) })
  return {
    list: async token => ((await (await send('/api/users', { method: 'GET' }, token)).json()) as { users: ListedUser[] }).users,
    create: async (token, body) => (await send('/api/users', post(body), token)).json(),
    resetPassword: async (token, id) => ((await (await send(`${userPath(id)}/password-reset`, { method: 'POST' }, token)).json()) as PasswordResetResponse).password,
    revokeSessions: async (token, id) => ((await (await send(`${userPath(id)}/sessions`, { method: 'DELETE' }, token)).json()) as { revoked: number }).revoked,
    setActive: async (token, id, active) => ((await (await send(userPath(id), { ...post({ active }), method: 'PATCH' }, token)).json()) as { user: ListedUser }).user,
  }
}

export const accountsApi = createAccountsApi()
