// zod's own words for a bad field (too long, not a number, too few items) in the screen's language:
// an editor shows a schema's issue where no check of its own caught it first, and zod alone speaks
// English. Imported by the screens that validate, beside zod itself; never by the first screen.
// Words a schema gives itself (nonBlank's, a refinement's) stay as the schema wrote them.
import type { z } from 'zod'
import en from 'zod/v4/locales/en.js'
import zhCN from 'zod/v4/locales/zh-CN.js'
import { currentLocale, type Locale } from '.'

const errorMaps: Record<Locale, z.core.$ZodErrorMap> = { 'zh-CN': zhCN().localeError, 'en': en().localeError }

/** safeParse's options for issues a person reads: `schema.safeParse(value, inUiLanguage())`. */
export function inUiLanguage(): { error: z.core.$ZodErrorMap } {
  return { error: errorMaps[currentLocale.value] }
}
