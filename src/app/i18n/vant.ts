import { Locale } from 'vant'
import { watch } from 'vue'
import { currentLocale } from '.'

/** Vant's own texts (dialog buttons, pickers) follow the app's language; English loads only when chosen. */
export function followLocaleInVant(): void {
  watch(currentLocale, async (locale) => {
    if (locale === 'en') {
      const { default: enUS } = await import('vant/es/locale/lang/en-US')
      Locale.use('en-US', enUS)
    }
    else {
      Locale.use('zh-CN')
    }
    globalThis.document?.documentElement.setAttribute('lang', locale)
  }, { immediate: true })
}
