// The directory endpoints (src/server/routes/units.ts). Maintaining the directory is online
// only; the device's copy is refreshed from the server's answer right after each change.
import type { DirectoryNodePatch, DirectoryResponse, NewDirectoryNode } from '../../../../shared/api/directory'
import type { DirectoryNode } from '../../../../shared/units/directory/node'
import { apiPaths, pathTo } from '../../../../shared/api/paths'
import { type ApiSend, createApiSend, jsonHeaders, NetworkError, receive } from '../../../sync/api'

export interface DirectoryApi {
  read: (token: string) => Promise<DirectoryResponse>
  add: (token: string, body: NewDirectoryNode) => Promise<DirectoryNode>
  change: (token: string, id: string, patch: DirectoryNodePatch) => Promise<DirectoryNode>
}

// The contract's schemas (and zod, half of the screen's download) load before the first request,
// not with the screen: maintaining the directory is online only. They come first, so no change is
// sent whose answer could not be checked; failing to fetch them is failing to reach the server.
const loadEndpoints = () => import('../../../../shared/api/directory').then(module => module.directoryEndpoints, (error: unknown) => {
  throw new NetworkError(error instanceof Error ? error.message : String(error))
})

export function createDirectoryApi(send: ApiSend = createApiSend()): DirectoryApi {
  const body = (method: string, value: unknown) => ({ method, headers: jsonHeaders, body: JSON.stringify(value) })
  const request = async (path: string, init: RequestInit, token: string) => {
    const endpoints = await loadEndpoints()
    return { ...endpoints, response: await send(path, init, token) }
  }
  return {
    read: async (token) => {
      const { directory, response } = await request(apiPaths.directory, { method: 'GET' }, token)
      return receive(directory, response)
    },
    add: async (token, input) => {
      const { addDirectoryNode, response } = await request(apiPaths.directoryNodes, body('POST', input), token)
      return (await receive(addDirectoryNode, response)).node
    },
    change: async (token, id, patch) => {
      const { changeDirectoryNode, response } = await request(pathTo(apiPaths.directoryNode, { id }), body('PATCH', patch), token)
      return (await receive(changeDirectoryNode, response)).node
    },
  }
}

export const directoryApi = createDirectoryApi()
