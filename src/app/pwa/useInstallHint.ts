import type { InstallHintKind } from './InstallHintSheet.vue'
import { computed, ref } from 'vue'
import { browserKindOf } from './browserKind'
import { useInstallPrompt } from './installPrompt'
import { readFlag, writeFlag } from '../utils/storageFlag'

const dismissedKey = 'kaifangri.installHint.dismissed'

/**
 * The first-run hint: in an in-app browser, open the app in the phone's browser (asked on every
 * visit, since such a browser may drop the app's data at any time); on iOS Safari, the steps to
 * add it to the home screen; on Android, the browser's own install offer. Install hints, once
 * dismissed, stay away on this device.
 */
export function useInstallHint() {
  const nav = globalThis.navigator
  const browser = browserKindOf(nav?.userAgent ?? '', { platform: nav?.platform, maxTouchPoints: nav?.maxTouchPoints })
  const { canInstall, installed, install } = useInstallPrompt()
  const dismissed = ref(readFlag(globalThis.localStorage, dismissedKey) || readFlag(globalThis.sessionStorage, `${dismissedKey}.inApp`))
  const copied = ref(false)

  const hint = computed<InstallHintKind | null>(() => {
    if (dismissed.value || installed.value)
      return null
    if (browser.kind === 'in-app')
      return 'in-app'
    if (browser.kind === 'ios-safari')
      return 'ios'
    // Desktops get the install button in 我的, not a sheet over their first screen.
    return browser.kind === 'android' && canInstall.value ? 'android' : null
  })

  function dismiss(): void {
    if (browser.kind === 'in-app')
      writeFlag(globalThis.sessionStorage, `${dismissedKey}.inApp`)
    else
      writeFlag(globalThis.localStorage, dismissedKey)
    dismissed.value = true
  }

  async function copyLink(): Promise<void> {
    try {
      await nav.clipboard.writeText(globalThis.location.href)
      copied.value = true
    }
    catch {
      // Some in-app browsers refuse the clipboard: the address is shown, selectable, instead.
    }
  }

  async function installNow(): Promise<void> {
    await install()
    dismiss()
  }

  return { hint, app: browser.kind === 'in-app' ? browser.app : undefined, copied, dismiss, copyLink, installNow }
}
