import { computed, ref } from 'vue'
import { translate } from '../i18n'
import { tell, usePreloadedDialogs } from '../ui/dialogs'
import { describeWriteError } from '../utils/writeErrors'
import { askToKeepDataOnce } from './useStorageInfo'

/**
 * Runs a device write and, if it fails, tells the person in plain words (a full disk included).
 * The write is one transaction, so on failure nothing of it was stored and they can simply retry.
 */
export function useSafeWrite() {
  usePreloadedDialogs()
  const running = ref(0)
  const saving = computed(() => running.value > 0)
  const lastError = ref<string | null>(null)

  /**
   * A whole save, its checks included: those load on first use (see usePreparedWrites), so the
   * form shows it is saving from the tap on, and a second tap meanwhile saves nothing twice.
   */
  async function exclusively<T>(save: () => Promise<T | null>): Promise<T | null> {
    if (saving.value)
      return null
    running.value++
    try {
      return await save()
    }
    finally {
      running.value--
    }
  }

  async function run<T>(write: () => Promise<T>): Promise<T | undefined> {
    running.value++
    lastError.value = null
    try {
      const result = await write()
      void askToKeepDataOnce()
      return result
    }
    catch (error) {
      lastError.value = describeWriteError(error)
      void tell({ title: translate('task.notSaved'), message: lastError.value, confirmButtonText: translate('common.confirm') })
      return undefined
    }
    finally {
      running.value--
    }
  }

  return { run, exclusively, saving, lastError }
}
