import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router'
import { kioskLock } from './model/kioskLock'

export const kioskRouteName = 'kiosk'

/**
 * Router guard: while kiosk mode is on, only its questionnaire can be shown. Leaving it by the
 * browser's back button is cancelled (the router puts the address back); any other start,
 * such as a reload on another screen, is sent to the questionnaire.
 */
export function kioskGuard(to: RouteLocationNormalized, from: RouteLocationNormalized): boolean | RouteLocationRaw {
  const current = kioskLock.value
  if (!current || (to.name === kioskRouteName && to.params.eventId === current.eventId))
    return true
  if (from.name === kioskRouteName)
    return false
  return { name: kioskRouteName, params: { eventId: current.eventId }, replace: true }
}
