import type { RouteLocationNormalized } from 'vue-router'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useKioskMode } from './composables/useKioskMode'
import { kioskGuard } from './kioskGuard'
import { leaveKiosk, pauseMs, startKiosk, triesBeforePause } from './model/kioskPin'

const eventId = '0190f0c4-8a2b-7cde-9f01-23456789abcd'
const route = (name: string, params: Record<string, string> = {}) => ({ name, params, path: `/${name}` }) as unknown as RouteLocationNormalized

describe('kiosk mode', () => {
  beforeEach(() => localStorage.clear())
  // Every test starts with the PIN 2468; leaving with it (long after any pause) ends its kiosk mode.
  afterEach(async () => {
    expect(await leaveKiosk('2468', Number.MAX_SAFE_INTEGER)).toEqual({ ok: true })
  })

  it('keeps the PIN only as a salted hash', async () => {
    await startKiosk(eventId, 'questionnaire-standard-open-day', '2468', 1000)
    const stored = localStorage.getItem('kaifangri.kiosk')!
    expect(stored).not.toContain('2468')
    expect(JSON.parse(stored)).toMatchObject({ eventId, iterations: 100_000, pinHash: expect.stringMatching(/^[\w+/]{43}=$/) })
    expect(useKioskMode().active.value).toBe(true)
  })

  it('refuses a PIN that is not 4 to 8 digits', async () => {
    await expect(startKiosk(eventId, 'q', '12a4')).rejects.toThrow('4 to 8 digits')
    await expect(startKiosk(eventId, 'q', '123')).rejects.toThrow()
    expect(useKioskMode().active.value).toBe(false)
  })

  it('is left only with the right PIN', async () => {
    await startKiosk(eventId, 'q', '2468')
    expect(await leaveKiosk('1357', 0)).toEqual({ ok: false, triesLeft: triesBeforePause - 1, waitSeconds: 0 })
    expect(useKioskMode().active.value).toBe(true)
    expect(await leaveKiosk('2468', 0)).toEqual({ ok: true })
    expect(useKioskMode().active.value).toBe(false)
    expect(localStorage.getItem('kaifangri.kiosk')).toBeNull()
  })

  it('pauses after five wrong PINs, even for the right one, and across a reload', async () => {
    await startKiosk(eventId, 'q', '2468')
    for (let i = 1; i < triesBeforePause; i++)
      expect((await leaveKiosk('0000', 1000)).ok).toBe(false)
    expect(await leaveKiosk('0000', 1000)).toEqual({ ok: false, triesLeft: 0, waitSeconds: pauseMs / 1000 })
    expect(await leaveKiosk('2468', 1000 + pauseMs - 1)).toEqual({ ok: false, triesLeft: 0, waitSeconds: 1 })
    expect(JSON.parse(localStorage.getItem('kaifangri.kiosk.attempts')!)).toEqual({ failures: 5, lockedUntil: 1000 + pauseMs })
    expect(await leaveKiosk('2468', 1000 + pauseMs)).toEqual({ ok: true })
  })

  it('keeps the router on the questionnaire while it is on', async () => {
    const kiosk = route('kiosk', { eventId })
    expect(kioskGuard(route('home'), route('plans'))).toBe(true)
    await startKiosk(eventId, 'q', '2468')
    expect(kioskGuard(kiosk, route('event'))).toBe(true)
    // The browser's back button from the questionnaire is cancelled.
    expect(kioskGuard(route('event', { eventId }), kiosk)).toBe(false)
    expect(kioskGuard(route('kiosk', { eventId: 'another' }), kiosk)).toBe(false)
    // Opening the app anywhere else, e.g. a reload on 首页, goes back to the questionnaire.
    expect(kioskGuard(route('home'), route('home'))).toEqual({ name: 'kiosk', params: { eventId }, replace: true })
  })
})
