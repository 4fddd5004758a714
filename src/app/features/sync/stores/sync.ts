import type { SessionUser } from '../../../../shared/api/auth'
import type { EntityName } from '../../../../shared/records'
import type { OutboxSummary } from '../../../db/outboxSummaryRepository'
import type { SyncOutcome } from '../../../sync/cycle'
import type { SyncStatus } from '../../../sync/engine'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, shallowRef, watch } from 'vue'
import { readKnownUsers } from '../../../db/identity'
import { observeOutboxSummary } from '../../../db/outboxSummaryRepository'
import { loadSyncRuntime } from '../../../sync/lazy'
import { useSessionStore } from '../../../stores/session'
import { useLive } from '../../../composables/useLive'

const day = 24 * 60 * 60_000
/** iOS may wipe a site's storage after 7 days without use: warn well before. */
export const staleAfterDays = 3

/** A change the server refused, as the sync page lists it. */
export interface RefusedChange {
  key: string
  entity: EntityName
  data: Record<string, unknown>
  reason: string
  at: number
}

/** Until the engine is loaded (after the first paint) it is known to be doing nothing. */
const idleStatus: SyncStatus = { running: false, problem: null, detail: null, lastSuccessAt: null, failures: 0, retryAt: null }
const emptySummary: OutboxSummary = { pending: 0, othersPending: {}, rejected: [], oldestPendingAt: null, superseded: [] }

/** What the sync engine is doing and what waits on this device, for the status bar and the sync page. */
export const useSyncStore = defineStore('sync', () => {
  const session = useSessionStore()
  const status = shallowRef(idleStatus)
  const summaryRead = useLive(() => observeOutboxSummary(session.user?.id ?? null), emptySummary)
  const summary = summaryRead.data
  const otherUsers = shallowRef<Record<string, SessionUser>>({})
  const now = shallowRef(Date.now())
  let started = false

  async function nameOtherUsers(next: OutboxSummary): Promise<void> {
    otherUsers.value = await readKnownUsers(Object.keys(next.othersPending))
  }
  watch(summary, (next) => {
    now.value = Date.now()
    void nameOtherUsers(next)
  })

  /** Starts syncing for the life of the page; safe to call from several places. */
  function start(): void {
    if (started)
      return
    started = true
    setInterval(() => {
      now.value = Date.now()
    }, 60_000)
    void loadSyncRuntime().then(({ syncEngine, onSyncRequestedByWorker }) => {
      status.value = syncEngine.status
      syncEngine.subscribe((next) => {
        status.value = next
      })
      onSyncRequestedByWorker(() => void syncEngine.syncNow())
      syncEngine.start()
    }, (error: unknown) => {
      // Tried again by the next start (the status bar on another screen, 立即同步).
      started = false
      console.error('sync engine', error)
    })
  }

  const pending = computed(() => summary.value.pending)
  const unsyncedDays = computed(() => {
    const oldest = summary.value.oldestPendingAt
    return oldest === null ? 0 : Math.floor((now.value - oldest) / day)
  })
  const showStaleWarning = computed(() => unsyncedDays.value >= staleAfterDays)
  const othersWaiting = computed(() => Object.entries(summary.value.othersPending)
    .map(([userId, count]) => ({ userId, count, user: otherUsers.value[userId] ?? null })))
  const refused = computed<RefusedChange[]>(() => summary.value.rejected.map(row => ({
    key: String(row.localId),
    entity: row.entity,
    data: row.data,
    reason: row.rejected?.reason ?? '',
    at: row.createdAt,
  })))
  const hasUnsent = computed(() => summary.value.pending + summary.value.rejected.length + othersWaiting.value.length > 0)

  async function syncNow(): Promise<SyncOutcome> {
    return (await loadSyncRuntime()).syncEngine.syncNow()
  }

  /** Saves everything unsent to a file; 'nothing' when there is nothing to save. */
  async function exportUnsent(): Promise<'shared' | 'downloaded' | 'nothing'> {
    const { readUnsentRecords, buildUnsentExport, shareOrDownload, unsentExportFile } = await loadSyncRuntime()
    const records = await readUnsentRecords()
    if (!records.entries.length)
      return 'nothing'
    const content = await buildUnsentExport(records, session.user?.username ?? null)
    return shareOrDownload(unsentExportFile(content))
  }

  return { status, summary, summaryError: summaryRead.error, retrySummary: summaryRead.retry, now, pending, unsyncedDays, showStaleWarning, othersWaiting, refused, hasUnsent, start, syncNow, exportUnsent }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useSyncStore, import.meta.hot))
