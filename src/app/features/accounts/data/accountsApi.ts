// The coordinators' account administration on the server (src/server/routes/users.ts). Online
// only: nothing here is kept on the device.
import type { CreatedUser, ListedUser, NewUser } from '../../../../shared/api/users'
import { apiPaths, pathTo } from '../../../../shared/api/paths'
import { userEndpoints } from '../../../../shared/api/users'
import { type ApiSend, createApiSend, jsonHeaders } from '../../../sync/api'
import { receive } from '../../../sync/receive'

export interface AccountsApi {
  list: (token: string) => Promise<ListedUser[]>
  create: (token: string, body: NewUser) => Promise<CreatedUser>
  resetPassword: (token: string, id: string) => Promise<string>
  revokeSessions: (token: string, id: string) => Promise<number>
  setActive: (token: string, id: string, active: boolean) => Promise<ListedUser>
}

const { listUsers, createUser, resetUserPassword, revokeUserSessions, setUserActive } = userEndpoints

export function createAccountsApi(send: ApiSend = createApiSend()): AccountsApi {
  const post = (body: unknown) => ({ method: 'POST', headers: jsonHeaders, body: JSON.stringify(body) })
  return {
    list: async token => (await receive(listUsers, await send(apiPaths.users, { method: 'GET' }, token))).users,
    create: async (token, body) => receive(createUser, await send(apiPaths.users, post(body), token)),
    resetPassword: async (token, id) => (await receive(resetUserPassword, await send(pathTo(apiPaths.userPasswordReset, { id }), { method: 'POST' }, token))).password,
    revokeSessions: async (token, id) => (await receive(revokeUserSessions, await send(pathTo(apiPaths.userSessions, { id }), { method: 'DELETE' }, token))).revoked,
    setActive: async (token, id, active) => (await receive(setUserActive, await send(pathTo(apiPaths.user, { id }), { ...post({ active }), method: 'PATCH' }, token))).user,
  }
}

export const accountsApi = createAccountsApi()
