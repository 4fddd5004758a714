// The official event report's wording that depends on the data: how the title names the event.

/** The event as the report's title names it: "政府开放日" is added unless the title already says what it was. */
export function reportEventName(title: string): string {
  const trimmed = title.trim().replace(/\s+/g, '')
  return /开放日|开放活动|开放周/.test(trimmed) ? trimmed : `${trimmed}政府开放日`
}
