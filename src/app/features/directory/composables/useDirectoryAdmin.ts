// Coordinators maintaining their organization's directory: each change goes to the server at
// once (online only) and the device's copy is replaced with the server's answer after it.
import type { DirectoryNode } from '../../../../shared/units/directory/node'
import type { DirectoryNodePatch, NewDirectoryNode } from '../../../../shared/api/directory'
import { ref } from 'vue'
import { saveDirectory } from '../../../db/directoryRepository'
import { translate } from '../../../i18n'
import { useSessionStore } from '../../../stores/session'
import { ApiRequestError, NetworkError } from '../../../sync/api'
import { directoryApi } from '../data/directoryApi'

/** Words for a failed change: the server's own message (it names the field) whenever it gave one. */
export function describeDirectoryFailure(error: unknown): string {
  if (error instanceof NetworkError)
    return translate('directory.error.offline')
  if (!(error instanceof ApiRequestError))
    throw error
  if (error.status === 401)
    return translate('directory.error.expired')
  return error.message
}

export function useDirectoryAdmin() {
  const session = useSessionStore()
  const busy = ref(false)
  const problem = ref('')

  async function run<T>(work: (token: string) => Promise<T>): Promise<T | null> {
    const token = session.session?.token
    const userId = session.user?.id
    if (!token || !userId) {
      problem.value = translate('directory.error.expired')
      return null
    }
    busy.value = true
    problem.value = ''
    try {
      const result = await work(token)
      await saveDirectory(await directoryApi.read(token), userId)
      return result
    }
    catch (error) {
      problem.value = describeDirectoryFailure(error)
      return null
    }
    finally {
      busy.value = false
    }
  }

  /** Reads the server's directory now (the page opens on the device's copy meanwhile). */
  const refresh = () => run(async () => true)
  const add = (input: NewDirectoryNode): Promise<DirectoryNode | null> => run(token => directoryApi.add(token, input))
  const change = (id: string, patch: DirectoryNodePatch): Promise<DirectoryNode | null> => run(token => directoryApi.change(token, id, patch))

  return { busy, problem, refresh, add, change }
}
