import { computed, ref, shallowRef } from 'vue'

/** Chromium's install offer; not in the DOM typings because only Chromium has it. */
interface BeforeInstallPromptEvent extends Event {
  prompt: () => Promise<void>
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>
}

const offer = shallowRef<BeforeInstallPromptEvent | null>(null)
const installed = ref(false)

function runsInstalled(): boolean {
  const standalone = globalThis.matchMedia?.('(display-mode: standalone)').matches ?? false
  return standalone || (navigator as Navigator & { standalone?: boolean }).standalone === true
}

/** iOS Safari has no install offer: people add the app from the share sheet instead. */
function isIosSafari(): boolean {
  const ua = navigator.userAgent
  const iosDevice = /iPhone|iPad|iPod/.test(ua) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1)
  return iosDevice && /Safari/.test(ua) && !/CriOS|FxiOS|EdgiOS/.test(ua)
}

export function captureInstallPrompt(): void {
  installed.value = runsInstalled()
  globalThis.addEventListener?.('beforeinstallprompt', (event) => {
    event.preventDefault()
    offer.value = event as BeforeInstallPromptEvent
  })
  globalThis.addEventListener?.('appinstalled', () => {
    installed.value = true
    offer.value = null
  })
}

export function useInstallPrompt() {
  const canInstall = computed(() => offer.value !== null && !installed.value)
  const showIosSteps = computed(() => !installed.value && isIosSafari())

  async function install(): Promise<boolean> {
    const event = offer.value
    if (!event)
      return false
    await event.prompt()
    const { outcome } = await event.userChoice
    offer.value = null
    return outcome === 'accepted'
  }

  return { canInstall, showIosSteps, installed, install }
}
