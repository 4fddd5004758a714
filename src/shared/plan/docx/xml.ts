// Just enough XML for WordprocessingML, without a DOM, so it runs in the browser, the server
// and the CLI alike: a stream of tags and text.

export type XmlToken
  = | { kind: 'open', name: string, attributes: string, selfClosing: boolean }
    | { kind: 'close', name: string }
    | { kind: 'text', text: string }

const tokenPattern = /<(\/?)([A-Za-z][\w.-]*:[\w.-]+|[A-Za-z][\w.-]*)([^>]*?)(\/?)>|<[?!][^>]*>|([^<]+)/g

export function* xmlTokens(xml: string): Generator<XmlToken> {
  for (const match of xml.matchAll(tokenPattern)) {
    const [, closing, name, attributes, selfClosing, text] = match
    if (text !== undefined) yield { kind: 'text', text: decodeEntities(text) }
    else if (name === undefined) continue
    else if (closing) yield { kind: 'close', name }
    else yield { kind: 'open', name, attributes, selfClosing: selfClosing === '/' }
  }
}

const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: '\'' }

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9A-Fa-f]+|#\d+|[a-z]+);/g, (entity, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16))
    if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)))
    return named[body] ?? entity
  })
}

export function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`${name}="([^"]*)"`).exec(attributes)
  return match ? decodeEntities(match[1]) : null
}
