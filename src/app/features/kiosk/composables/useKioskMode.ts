import { computed } from 'vue'
import { kioskLock, leaveKiosk, startKiosk } from '../model/kioskLock'

export function useKioskMode() {
  return {
    lock: kioskLock,
    active: computed(() => kioskLock.value !== null),
    start: startKiosk,
    leave: leaveKiosk,
  }
}
