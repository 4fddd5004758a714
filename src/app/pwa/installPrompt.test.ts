import { afterEach, describe, expect, it, vi } from 'vitest'
import { captureInstallPrompt, useInstallPrompt } from './installPrompt'

function installOffer(outcome: 'accepted' | 'dismissed') {
  const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt: () => Promise<void>, userChoice: Promise<{ outcome: string }> }
  event.prompt = vi.fn(async () => {})
  event.userChoice = Promise.resolve({ outcome })
  return event
}

describe('installing to the home screen', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('keeps the browser\'s offer and shows the install button until it is used', async () => {
    captureInstallPrompt()
    const { canInstall, install } = useInstallPrompt()
    expect(canInstall.value).toBe(false)
    const offer = installOffer('accepted')
    window.dispatchEvent(offer)
    expect(offer.defaultPrevented).toBe(true)
    expect(canInstall.value).toBe(true)
    expect(await install()).toBe(true)
    expect(offer.prompt).toHaveBeenCalledOnce()
    expect(canInstall.value).toBe(false)
  })

  it('stops offering once the app is installed', () => {
    captureInstallPrompt()
    const { canInstall, installed } = useInstallPrompt()
    window.dispatchEvent(installOffer('dismissed'))
    window.dispatchEvent(new Event('appinstalled'))
    expect(installed.value).toBe(true)
    expect(canInstall.value).toBe(false)
  })

  it('shows the share-sheet steps on iPhone Safari, which has no install offer', () => {
    vi.stubGlobal('navigator', { ...navigator, userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', standalone: false })
    captureInstallPrompt()
    expect(useInstallPrompt().showIosSteps.value).toBe(true)
  })
})
