/** The longest link the evidence schema accepts. */
export const maxLinkLength = 2000

/**
 * A published page's address as people paste or type it: "www.shqp.gov.cn/…" gets https://.
 * Returns null for anything that is not an http(s) address.
 */
export function normalizeLink(input: string): string | null {
  const text = input.trim()
  if (!text || text.length > maxLinkLength || /\s/.test(text))
    return null
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`
  try {
    const url = new URL(withScheme)
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.'))
      return null
    return url.href
  }
  catch {
    return null
  }
}
