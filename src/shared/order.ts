// Two orders for strings, used by the server and the device alike.

/**
 * Plain code-unit order, for ISO dates and ids. localeCompare would build an ICU collator on
 * first use, which costs a slow phone 50–150 ms on its first screen and sorts these no better.
 */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

// Built on first use, not at import: a Chinese collator loads the pinyin tables.
let collator: Intl.Collator | undefined

/** Chinese names (units, issuers, topics) in pinyin order, as people look them up. */
export const comparePinyin = (a: string, b: string): number => (collator ??= new Intl.Collator('zh-Hans-CN')).compare(a, b)
