import type { RecordHistoryEntry } from '../../../../shared/api/history'
import { ref, shallowRef } from 'vue'
import { progressOfTask } from '../../../db/progressRepository'
import { useSessionStore } from '../../../stores/session'
import { ApiRequestError, NetworkError } from '../../../sync/api'
import { loadSyncRuntime } from '../../../sync/lazy'

export type HistoryState = 'idle' | 'loading' | 'ready' | 'offline' | 'failed'

export interface UnitHistory {
  unit: string
  /** Values that lost, newest first. */
  entries: RecordHistoryEntry[]
}

/**
 * What each unit once recorded on a checklist item and lost to a later change: the server keeps
 * it (GET /api/history), so reading it needs the network; coordinators may read every unit's.
 */
export function useOverviewHistory(taskId: () => string, subject: () => string) {
  const session = useSessionStore()
  const state = ref<HistoryState>('idle')
  const units = shallowRef<UnitHistory[]>([])
  const problem = ref('')

  async function historyOf(token: string, id: string): Promise<RecordHistoryEntry[]> {
    try {
      // The server's client comes with the sync engine (loaded after the first paint), not with the task's page.
      const { syncApi } = await loadSyncRuntime()
      return await syncApi.history(token, 'progress', id)
    }
    catch (error) {
      // Not on the server yet: recorded here and still waiting to be sent, so nothing lost yet.
      if (error instanceof ApiRequestError && error.status === 404)
        return []
      throw error
    }
  }

  async function load(): Promise<void> {
    const token = session.session?.token
    if (!token || globalThis.navigator?.onLine === false) {
      state.value = 'offline'
      return
    }
    state.value = 'loading'
    try {
      const rows = (await progressOfTask(taskId())).filter(row => row.subject === subject())
      const found = await Promise.all(rows.map(async row => ({ unit: row.unit, entries: await historyOf(token, row.id) })))
      units.value = found.filter(unit => unit.entries.length)
        .map(unit => ({ ...unit, entries: [...unit.entries].sort((a, b) => b.recordedAt - a.recordedAt) }))
      state.value = 'ready'
    }
    catch (error) {
      state.value = error instanceof NetworkError ? 'offline' : 'failed'
      problem.value = error instanceof Error ? error.message : String(error)
    }
  }

  return { state, units, problem, load }
}
