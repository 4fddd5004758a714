// The HTTP side of sync. Failures come back as two kinds: the request never got an answer
// (NetworkError: offline or server unreachable) or the server answered no (ApiRequestError).
import type { authEndpoints, ChangePasswordRequest, LoginRequest, LoginResponse } from '../../shared/api/auth'
import type { directoryEndpoints, DirectoryResponse } from '../../shared/api/directory'
import type { Endpoint, ResponseOf } from '../../shared/api/endpoint'
import type { Issue } from '../../shared/api/errors'
import type { historyEndpoints, RecordHistoryEntry } from '../../shared/api/history'
import type { PullResponse, PushRequest, PushResponse, syncEndpoints } from '../../shared/api/sync'
import { errorBodyOf } from '../../shared/api/errorBody'
import { apiPaths, pathTo } from '../../shared/api/paths'

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

/**
 * An answer's JSON as the contract (shared/api) types it. Not checked here: checking needs zod,
 * which the first screen does not load; tests/server/contract.test.ts holds the server to these
 * schemas, and screens loaded later check what they receive (receive.ts).
 */
export async function answerOf<E extends Endpoint>(response: Response): Promise<ResponseOf<E>> {
  return response.json()
}

export class NetworkError extends Error {
  override name = 'NetworkError'
}

export class ApiRequestError extends Error {
  override name = 'ApiRequestError'
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message)
  }
}

export interface SyncApi {
  login: (body: LoginRequest) => Promise<LoginResponse>
  logout: (token: string) => Promise<void>
  push: (token: string, body: PushRequest) => Promise<PushResponse>
  pull: (token: string, cursor: string, limit: number) => Promise<PullResponse>
  putPhoto: (token: string, sha256: string, blob: Blob, mime: string) => Promise<void>
  getPhoto: (token: string, sha256: string) => Promise<Blob>
  changePassword: (token: string, body: ChangePasswordRequest) => Promise<void>
  history: (token: string, entity: string, id: string) => Promise<RecordHistoryEntry[]>
  /** The unit directory of the user's organization; optional so test doubles may leave it out. */
  directory?: (token: string) => Promise<DirectoryResponse>
}

async function errorOf(response: Response): Promise<ApiRequestError> {
  const error = errorBodyOf(await response.json().catch(() => null))
  return new ApiRequestError(response.status, error?.code ?? `http_${response.status}`, error?.message ?? response.statusText, error?.issues)
}

export type ApiSend = (path: string, init: RequestInit, token?: string) => Promise<Response>

export const defaultFetch: FetchLike = (input, init) => globalThis.fetch(input, init)
export const jsonHeaders = { 'content-type': 'application/json' }

/** One request with the session token: a NetworkError when no answer came, an ApiRequestError for a no. */
export function createApiSend(fetchImpl: FetchLike = defaultFetch, baseUrl = ''): ApiSend {
  return async (path, init, token) => {
    const headers = new Headers(init.headers)
    if (token)
      headers.set('authorization', `Bearer ${token}`)
    let response: Response
    try {
      response = await fetchImpl(baseUrl + path, { ...init, headers, cache: 'no-store' })
    }
    catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error))
    }
    if (!response.ok)
      throw await errorOf(response)
    return response
  }
}

export function createSyncApi(fetchImpl: FetchLike = defaultFetch, baseUrl = ''): SyncApi {
  const send = createApiSend(fetchImpl, baseUrl)
  const json = jsonHeaders

  return {
    login: async body => answerOf<typeof authEndpoints.login>(await send(apiPaths.login, { method: 'POST', headers: json, body: JSON.stringify(body) })),
    logout: async (token) => {
      await send(apiPaths.logout, { method: 'POST' }, token)
    },
    push: async (token, body) => answerOf<typeof syncEndpoints.push>(await send(apiPaths.push, { method: 'POST', headers: json, body: JSON.stringify(body) }, token)),
    pull: async (token, cursor, limit) => {
      const query = new URLSearchParams({ cursor, limit: String(limit) })
      return answerOf<typeof syncEndpoints.pull>(await send(`${apiPaths.pull}?${query}`, { method: 'GET' }, token))
    },
    putPhoto: async (token, sha256, blob, mime) => {
      await send(pathTo(apiPaths.photo, { sha256 }), { method: 'PUT', headers: { 'content-type': mime }, body: blob }, token)
    },
    getPhoto: async (token, sha256) => (await send(pathTo(apiPaths.photo, { sha256 }), { method: 'GET' }, token)).blob(),
    changePassword: async (token, body) => {
      await send(apiPaths.password, { method: 'POST', headers: json, body: JSON.stringify(body) }, token)
    },
    directory: async token => answerOf<typeof directoryEndpoints.directory>(await send(apiPaths.directory, { method: 'GET' }, token)),
    history: async (token, entity, id) => (await answerOf<typeof historyEndpoints.history>(await send(pathTo(apiPaths.history, { entity, id }), { method: 'GET' }, token))).entries,
  }
}
