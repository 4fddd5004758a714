import { ref } from 'vue'
import { useI18n } from '../../../i18n'
import { useSessionStore } from '../../../stores/session'
import { loadSyncRuntime } from '../../../sync/lazy'
import { askToConfirm } from '../../../ui/dialogs'
import { useSyncStore } from '../stores/sync'

export type SignOutPhase = 'idle' | 'sending' | 'unsent' | 'leaving'

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError'

/**
 * Signing out of a shared phone. Unsent changes are sent first; when they cannot be (no signal,
 * refused), the person exports them to a file or knowingly gives them up. Then every trace of
 * this user leaves the device and the app starts afresh, so no screen keeps their data in memory.
 */
export function useSignOut(restart: () => void = () => globalThis.location.replace('/login')) {
  const { t } = useI18n()
  const session = useSessionStore()
  const sync = useSyncStore()
  const phase = ref<SignOutPhase>('idle')
  const unsent = ref(0)
  const offline = ref(false)
  const exportError = ref('')

  async function leave(): Promise<void> {
    phase.value = 'leaving'
    await session.signOut()
    restart()
  }

  async function confirmLeaving(message: string, danger = false): Promise<boolean> {
    return askToConfirm({
      title: t('auth.signOut'),
      message,
      confirmButtonText: danger ? t('sync.signOut.discardConfirm') : t('auth.signOut'),
      confirmButtonColor: danger ? 'var(--van-danger-color)' : undefined,
      cancelButtonText: t('common.cancel'),
    })
  }

  async function start(): Promise<void> {
    if (phase.value !== 'idle')
      return
    phase.value = 'sending'
    const userId = session.user?.id ?? null
    // Loaded since the first minute of the app, so this waits on nothing; should it fail, the tap can be tried again.
    const { countUnsentOf } = await loadSyncRuntime().catch((error: unknown) => {
      phase.value = 'idle'
      throw error
    })
    unsent.value = await countUnsentOf(userId)
    if (unsent.value > 0) {
      const outcome = await sync.syncNow()
      offline.value = outcome.problem === 'offline' || outcome.problem === 'unreachable'
      unsent.value = await countUnsentOf(userId)
    }
    if (unsent.value > 0) {
      exportError.value = ''
      phase.value = 'unsent'
      return
    }
    phase.value = 'idle'
    if (await confirmLeaving(t('sync.signOut.confirm')))
      await leave()
  }

  async function exportThenLeave(): Promise<void> {
    exportError.value = ''
    try {
      await sync.exportUnsent()
    }
    catch (error) {
      if (!isAbort(error))
        exportError.value = t('sync.export.failed', { message: error instanceof Error ? error.message : String(error) })
      return
    }
    await leave()
  }

  async function discardThenLeave(): Promise<void> {
    if (await confirmLeaving(t('sync.signOut.discardWarning', { n: unsent.value }), true))
      await leave()
  }

  function cancel(): void {
    if (phase.value === 'unsent')
      phase.value = 'idle'
  }

  return { phase, unsent, offline, exportError, start, exportThenLeave, discardThenLeave, cancel }
}
