import { showDialog } from 'vant'
import { ref } from 'vue'
import { translate } from '../i18n'
import { describeWriteError } from '../utils/writeErrors'
import { askToKeepDataOnce } from './useStorageInfo'
import 'vant/es/dialog/style'

/**
 * Runs a device write and, if it fails, tells the person in plain words (a full disk included).
 * The write is one transaction, so on failure nothing of it was stored and they can simply retry.
 */
export function useSafeWrite() {
  const saving = ref(false)
  const lastError = ref<string | null>(null)

  async function run<T>(write: () => Promise<T>): Promise<T | undefined> {
    saving.value = true
    lastError.value = null
    try {
      const result = await write()
      void askToKeepDataOnce()
      return result
    }
    catch (error) {
      lastError.value = describeWriteError(error)
      void showDialog({ title: translate('task.notSaved'), message: lastError.value, confirmButtonText: translate('common.confirm') })
      return undefined
    }
    finally {
      saving.value = false
    }
  }

  return { run, saving, lastError }
}
