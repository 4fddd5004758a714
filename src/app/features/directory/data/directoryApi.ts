// The directory endpoints (src/server/routes/units.ts). Maintaining the directory is online
// only; the device's copy is refreshed from the server's answer right after each change.
import type { DirectoryNode } from '../../../../shared/units/directory/node'
import type { DirectoryNodePatch, DirectoryResponse, NewDirectoryNode } from '../../../../shared/units/directory/api'
import { type ApiSend, apiPaths, createApiSend, jsonHeaders } from '../../../sync/api'

export interface DirectoryApi {
  read: (token: string) => Promise<DirectoryResponse>
  add: (token: string, body: NewDirectoryNode) => Promise<DirectoryNode>
  change: (token: string, id: string, patch: DirectoryNodePatch) => Promise<DirectoryNode>
}

export function createDirectoryApi(send: ApiSend = createApiSend()): DirectoryApi {
  const body = (method: string, value: unknown) => ({ method, headers: jsonHeaders, body: JSON.stringify(value) })
  return {
    read: async token => (await send(apiPaths.directory, { method: 'GET' }, token)).json(),
    add: async (token, input) => ((await (await send(`${apiPaths.directory}/nodes`, body('POST', input), token)).json()) as { node: DirectoryNode }).node,
    change: async (token, id, patch) => ((await (await send(`${apiPaths.directory}/nodes/${encodeURIComponent(id)}`, body('PATCH', patch), token)).json()) as { node: DirectoryNode }).node,
  }
}

export const directoryApi = createDirectoryApi()
