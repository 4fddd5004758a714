// Kiosk mode: a visitor fills in the questionnaire on a staff phone. Public: the router guard
// that keeps the phone on the questionnaire while the lock is on.
export { kioskGuard, kioskRouteName } from './kioskGuard'
