import { watch } from 'vue'
import { currentLocale } from '.'

/**
 * Vant's own texts (dialog buttons, pickers) follow the app's language. Vant starts in Chinese, so
 * its locale module (and English) load only once English is chosen: the first screen shows no Vant text.
 */
export function followLocaleInVant(): void {
  let leftChinese = false
  watch(currentLocale, async (locale) => {
    if (locale === 'en') {
      leftChinese = true
      const [{ Locale }, { default: enUS }] = await Promise.all([import('vant/es/locale'), import('vant/es/locale/lang/en-US')])
      Locale.use('en-US', enUS)
    }
    else if (leftChinese) {
      const { Locale } = await import('vant/es/locale')
      Locale.use('zh-CN')
    }
    globalThis.document?.documentElement.setAttribute('lang', locale)
  }, { immediate: true })
}
