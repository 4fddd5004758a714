// The HTTP side of sync. Failures come back as two kinds: the request never got an answer
// (NetworkError: offline or server unreachable) or the server answered no (ApiRequestError).
import type { ChangePasswordRequest, LoginRequest, LoginResponse } from '../../shared/auth'
import type { ApiError, PullResponse, PushRequest, PushResponse } from '../../shared/sync/protocol'
import type { DirectoryResponse } from '../../shared/units/directory/api'

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

export const apiPaths = {
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  push: '/api/sync/push',
  pull: '/api/sync/pull',
  directory: '/api/directory',
  password: '/api/auth/password',
  photo: (sha256: string) => `/api/photos/${sha256}`,
  history: (entity: string, id: string) => `/api/history/${entity}/${encodeURIComponent(id)}`,
}

/** A value a record lost (to a newer one from elsewhere), as GET /api/history answers it. */
export interface RecordHistoryEntry {
  field: string
  value: unknown
  /** When the value was written, on the server's clock. */
  at: number
  recordedAt: number
  by: { userId: string, displayName: string, unit: string } | null
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
    readonly issues: NonNullable<ApiError['error']['issues']> = [],
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
  const body = await response.json().catch(() => null) as Partial<ApiError> | null
  const error = body?.error
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
    login: async body => (await send(apiPaths.login, { method: 'POST', headers: json, body: JSON.stringify(body) })).json(),
    logout: async (token) => {
      await send(apiPaths.logout, { method: 'POST' }, token)
    },
    push: async (token, body) => (await send(apiPaths.push, { method: 'POST', headers: json, body: JSON.stringify(body) }, token)).json(),
    pull: async (token, cursor, limit) => {
      const query = new URLSearchParams({ cursor, limit: String(limit) })
      return (await send(`${apiPaths.pull}?${query}`, { method: 'GET' }, token)).json()
    },
    putPhoto: async (token, sha256, blob, mime) => {
      await send(apiPaths.photo(sha256), { method: 'PUT', headers: { 'content-type': mime }, body: blob }, token)
    },
    getPhoto: async (token, sha256) => (await send(apiPaths.photo(sha256), { method: 'GET' }, token)).blob(),
    changePassword: async (token, body) => {
      await send(apiPaths.password, { method: 'POST', headers: json, body: JSON.stringify(body) }, token)
    },
    directory: async token => (await send(apiPaths.directory, { method: 'GET' }, token)).json(),
    history: async (token, entity, id) => ((await send(apiPaths.history(entity, id), { method: 'GET' }, token)).json() as Promise<{ entries: RecordHistoryEntry[] }>).then(body => body.entries),
  }
}
