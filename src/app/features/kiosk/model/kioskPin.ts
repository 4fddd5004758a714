// Setting and lifting the kiosk lock with the staff PIN, kept only as a salted PBKDF2 hash; too
// many wrong PINs pause the pad, across reloads too.
import { type KioskLock, kioskLock, readStored, setKioskLock, writeStored } from './kioskLock'

interface Attempts {
  failures: number
  lockedUntil: number
}

const attemptsKey = 'kaifangri.kiosk.attempts'
const pbkdf2Iterations = 100_000
/** Wrong PINs allowed before a pause, and how long the pause is. */
export const triesBeforePause = 5
export const pauseMs = 30_000

export const isValidPin = (pin: string) => /^\d{4,8}$/.test(pin)

const base64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes))

export async function hashPin(pin: string, salt: string, iterations: number): Promise<string> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits'])
  const saltBytes = Uint8Array.from(atob(salt), c => c.charCodeAt(0))
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: saltBytes, iterations }, material, 256)
  return base64(new Uint8Array(bits))
}

export async function startKiosk(eventId: string, questionnaireId: string, pin: string, now = Date.now()): Promise<void> {
  if (!isValidPin(pin))
    throw new Error('a kiosk PIN is 4 to 8 digits')
  const salt = base64(crypto.getRandomValues(new Uint8Array(16)))
  const next: KioskLock = { eventId, questionnaireId, salt, pinHash: await hashPin(pin, salt, pbkdf2Iterations), iterations: pbkdf2Iterations, startedAt: now }
  writeStored(attemptsKey, null)
  setKioskLock(next)
}

export type LeaveResult = { ok: true } | { ok: false, triesLeft: number, waitSeconds: number }

/** Ends kiosk mode when the PIN matches. */
export async function leaveKiosk(pin: string, now = Date.now()): Promise<LeaveResult> {
  const current = kioskLock.value
  if (!current)
    return { ok: true }
  const attempts = readStored<Attempts>(attemptsKey) ?? { failures: 0, lockedUntil: 0 }
  if (attempts.lockedUntil > now)
    return { ok: false, triesLeft: 0, waitSeconds: Math.ceil((attempts.lockedUntil - now) / 1000) }
  if (isValidPin(pin) && await hashPin(pin, current.salt, current.iterations) === current.pinHash) {
    writeStored(attemptsKey, null)
    setKioskLock(null)
    return { ok: true }
  }
  const failures = attempts.failures + 1
  const paused = failures % triesBeforePause === 0
  writeStored(attemptsKey, { failures, lockedUntil: paused ? now + pauseMs : 0 })
  return { ok: false, triesLeft: paused ? 0 : triesBeforePause - (failures % triesBeforePause), waitSeconds: paused ? pauseMs / 1000 : 0 }
}
