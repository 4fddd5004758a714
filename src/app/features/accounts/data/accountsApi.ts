// The coordinators' account administration on the server (src/server/routes/users.ts). Online
// only: nothing here is kept on the device.
import type { CreatedUser, ListedUser, NewUser } from '../../../../shared/api/users'
import { apiPaths, pathTo } from '../../../../shared/api/paths'
import { type ApiSend, createApiSend, jsonHeaders, NetworkError, receive } from '../../../sync/api'

export interface AccountsApi {
  list: (token: string) => Promise<ListedUser[]>
  create: (token: string, body: NewUser) => Promise<CreatedUser>
  resetPassword: (token: string, id: string) => Promise<string>
  revokeSessions: (token: string, id: string) => Promise<number>
  setActive: (token: string, id: string, active: boolean) => Promise<ListedUser>
}

/**
 * The contract's schemas (and zod, half of the screen's download), loaded before the first check
 * or request, not with the screen: it is online only. They come first, so no change is sent whose
 * answer could not be checked; failing to fetch them is failing to reach the server.
 */
export const loadUserContract = () => import('../../../../shared/api/users').catch((error: unknown) => {
  throw new NetworkError(error instanceof Error ? error.message : String(error))
})

export function createAccountsApi(send: ApiSend = createApiSend()): AccountsApi {
  const post = (body: unknown) => ({ method: 'POST', headers: jsonHeaders, body: JSON.stringify(body) })
  const request = async (path: string, init: RequestInit, token: string) => {
    const { userEndpoints: endpoints } = await loadUserContract()
    return { ...endpoints, response: await send(path, init, token) }
  }
  return {
    list: async (token) => {
      const { listUsers, response } = await request(apiPaths.users, { method: 'GET' }, token)
      return (await receive(listUsers, response)).users
    },
    create: async (token, body) => {
      const { createUser, response } = await request(apiPaths.users, post(body), token)
      return receive(createUser, response)
    },
    resetPassword: async (token, id) => {
      const { resetUserPassword, response } = await request(pathTo(apiPaths.userPasswordReset, { id }), { method: 'POST' }, token)
      return (await receive(resetUserPassword, response)).password
    },
    revokeSessions: async (token, id) => {
      const { revokeUserSessions, response } = await request(pathTo(apiPaths.userSessions, { id }), { method: 'DELETE' }, token)
      return (await receive(revokeUserSessions, response)).revoked
    },
    setActive: async (token, id, active) => {
      const { setUserActive, response } = await request(pathTo(apiPaths.user, { id }), { ...post({ active }), method: 'PATCH' }, token)
      return (await receive(setUserActive, response)).user
    },
  }
}

export const accountsApi = createAccountsApi()
