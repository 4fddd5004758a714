// Text no record, id or field name may hold: NUL (PostgreSQL cannot store it in text) and lone
// UTF-16 surrogates (a driver turns them into U+FFFD, so the stored id would differ from the sent
// one). Checked on both engines alike, so SQLite accepts nothing PostgreSQL would refuse, and
// before anything is stored, so a batch is never half-applied.
export interface TextIssue {
  /** Printable dotted path, e.g. mutations.3.data.title. */
  path: string
  /** The same path as segments (printable too). */
  at: Array<string | number>
  message: string
}

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Deeper than any record this app stores; deeper input is refused rather than walked. */
export const maxNesting = 32

/** What is wrong with a string, or null. */
export function textProblem(text: string): string | null {
  if (text.includes('\u0000'))
    return 'must not contain a NUL character (\\u0000)'
  if (loneSurrogate.test(text))
    return 'must not contain a lone UTF-16 surrogate (not valid Unicode)'
  return null
}

/** A path segment safe to print and to store, whatever the key held. */
export function printableKey(key: string): string {
  return key.replace(/[\u0000-\u001F\uD800-\uDFFF]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * Every string (values and keys) in `value` with NUL or a lone surrogate, and every part nested
 * deeper than `maxNesting`, each named by its path under `prefix`. Walks without recursion, so
 * hostile nesting cannot exhaust the stack.
 */
export function hostileTextIssues(value: unknown, prefix: Array<string | number> = [], limit = 20): TextIssue[] {
  const issues: TextIssue[] = []
  const stack: Array<{ value: unknown, path: Array<string | number> }> = [{ value, path: prefix }]
  const segments = (path: Array<string | number>) => path.map(p => typeof p === 'number' ? p : printableKey(p))
  const issue = (path: Array<string | number>, message: string) =>
    issues.push({ path: segments(path).join('.') || '(body)', at: segments(path), message })
  while (stack.length && issues.length < limit) {
    const { value: current, path } = stack.pop()!
    if (typeof current === 'string') {
      const problem = textProblem(current)
      if (problem)
        issue(path, problem)
      continue
    }
    // Bytes (a photo upload) hold no text.
    if (!current || typeof current !== 'object' || ArrayBuffer.isView(current))
      continue
    if (path.length - prefix.length >= maxNesting) {
      issue(path, `nested deeper than ${maxNesting} levels`)
      continue
    }
    for (const [key, inner] of Object.entries(current)) {
      const problem = textProblem(key)
      if (problem)
        issue([...path, key], `field name ${problem}`)
      else
        stack.push({ value: inner, path: [...path, Array.isArray(current) ? Number(key) : key] })
    }
  }
  return issues
}
