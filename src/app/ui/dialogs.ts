import type { DialogOptions } from 'vant'
import type * as VantDialogsModule from './vantDialogs'
import { getCurrentInstance, onMounted } from 'vue'
import { whenIdle } from '../utils/whenIdle'

type VantDialogs = typeof VantDialogsModule

let loading: Promise<VantDialogs> | null = null

function loadDialogs(): Promise<VantDialogs> {
  loading ??= import('./vantDialogs').catch((error: unknown) => {
    // Tried again next time: the signal may be back by then.
    loading = null
    throw error
  })
  return loading
}

/**
 * For a screen that may ask or tell something (an unsaved form, a failed save): once it is painted,
 * the dialog's code is fetched while there is signal, so the question can be asked offline too.
 */
export function usePreloadedDialogs(): void {
  if (getCurrentInstance())
    onMounted(() => whenIdle(() => void loadDialogs().catch(() => undefined), 2000))
}

function plainText(options: DialogOptions): string {
  return [options.title, options.message].filter(part => typeof part === 'string' && part !== '').join('\n\n')
}

/**
 * Asks a yes/no question; true on confirm. Should the dialog's code fail to load (offline, before
 * the service worker holds it), the browser's own confirm asks instead: the question is never skipped.
 */
export async function askToConfirm(options: DialogOptions): Promise<boolean> {
  let dialogs: VantDialogs
  try {
    dialogs = await loadDialogs()
  }
  catch {
    return globalThis.confirm(plainText(options))
  }
  return dialogs.showConfirmDialog(options).then(() => true, () => false)
}

/** Tells something that needs an acknowledgement, in the browser's own alert if the dialog cannot load. */
export async function tell(options: DialogOptions): Promise<void> {
  let dialogs: VantDialogs
  try {
    dialogs = await loadDialogs()
  }
  catch {
    globalThis.alert(plainText(options))
    return
  }
  await dialogs.showDialog(options).catch(() => undefined)
}
