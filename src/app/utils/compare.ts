// Plain code-unit order for ISO dates and ids. localeCompare would build an ICU collator on
// first use, which costs a slow phone 50–150 ms on the first screen and sorts these no better.
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
