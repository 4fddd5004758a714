import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, watch } from 'vue'
import { useStoredRef } from '../composables/useStoredRef'
import { useI18n } from '../i18n'
import { useSessionStore } from './session'

/** Preferences of this device: whose tasks to show, text size and language. */
export const useSettingsStore = defineStore('settings', () => {
  const session = useSessionStore()
  const chosenUnit = useStoredRef<string | null>('kaifangri.unit', null)
  const largeText = useStoredRef('kaifangri.largeText', false)
  const { locale, setLocale } = useI18n()

  /** Staff record for their account's unit; coordinators and devices not signed in choose one. */
  const unitLocked = computed(() => session.user?.role === 'staff')
  const myUnit = computed<string | null>({
    get: () => unitLocked.value ? session.user!.unit : chosenUnit.value ?? session.user?.unit ?? null,
    set: (unit) => {
      chosenUnit.value = unit
    },
  })

  watch(largeText, (on) => {
    globalThis.document?.documentElement.classList.toggle('large-text', on)
  }, { immediate: true })

  /** Row heights of virtual lists follow the text size. */
  const textScale = computed(() => largeText.value ? 1.25 : 1)

  return { myUnit, unitLocked, largeText, locale, setLocale, textScale }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useSettingsStore, import.meta.hot))
