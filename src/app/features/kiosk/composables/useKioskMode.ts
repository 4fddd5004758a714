import { computed } from 'vue'
import { kioskLock } from '../model/kioskLock'
import { leaveKiosk, startKiosk } from '../model/kioskPin'

export function useKioskMode() {
  return {
    lock: kioskLock,
    active: computed(() => kioskLock.value !== null),
    start: startKiosk,
    leave: leaveKiosk,
  }
}
