// The directory endpoints (src/server/routes/units.ts). Maintaining the directory is online
// only; the device's copy is refreshed from the server's answer right after each change.
import type { DirectoryNodePatch, DirectoryResponse, NewDirectoryNode } from '../../../../shared/api/directory'
import type { DirectoryNode } from '../../../../shared/units/directory/node'
import { directoryEndpoints } from '../../../../shared/api/directory'
import { apiPaths, pathTo } from '../../../../shared/api/paths'
import { type ApiSend, createApiSend, jsonHeaders } from '../../../sync/api'
import { receive } from '../../../sync/receive'

export interface DirectoryApi {
  read: (token: string) => Promise<DirectoryResponse>
  add: (token: string, body: NewDirectoryNode) => Promise<DirectoryNode>
  change: (token: string, id: string, patch: DirectoryNodePatch) => Promise<DirectoryNode>
}

const { directory, addDirectoryNode, changeDirectoryNode } = directoryEndpoints

export function createDirectoryApi(send: ApiSend = createApiSend()): DirectoryApi {
  const body = (method: string, value: unknown) => ({ method, headers: jsonHeaders, body: JSON.stringify(value) })
  return {
    read: async token => receive(directory, await send(apiPaths.directory, { method: 'GET' }, token)),
    add: async (token, input) => (await receive(addDirectoryNode, await send(apiPaths.directoryNodes, body('POST', input), token))).node,
    change: async (token, id, patch) => (await receive(changeDirectoryNode, await send(pathTo(apiPaths.directoryNode, { id }), body('PATCH', patch), token))).node,
  }
}

export const directoryApi = createDirectoryApi()
