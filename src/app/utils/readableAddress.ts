/**
 * An address for people to read: a unit's name shows as itself, not as percent-escapes three lines
 * long. Links and copies keep the escaped form; an address that does not decode shows as it is.
 */
export function readableAddress(url: string): string {
  try {
    return decodeURI(url)
  }
  catch {
    return url
  }
}
