// Step 3b: the parts of a plan document: the notice before the title, the body that holds
// the tasks, and what follows it (closing block, breakdown tables, web page footer).
import { buildOutline, walkOutline } from '../structure/outline'
import type { SourceLine } from '../text/lines'
import { isWebChrome } from '../text/noise'
import { findHardEnd } from './boundaries'
import { findTitle, type TitleLine } from './title'

export interface Segments {
  /** Null for text without its title line: a web page copied from its first paragraph, a table alone. */
  title: TitleLine | null
  header: SourceLine[]
  body: SourceLine[]
  trailer: SourceLine[]
  /** Web page furniture taken out of the header and the body. */
  chrome: SourceLine[]
}

/** Index in `lines` of the last heading the outline accepts (-1 for none); by position, since
 *  every line of run-on text has the same line number. */
function lastHeadingIndex(lines: SourceLine[]): number {
  const headings = new Set([...walkOutline(buildOutline(lines.filter(line => !isWebChrome(line.text))).roots)].map(node => node.heading))
  return lines.findLastIndex(line => headings.has(line))
}

/** Short lines that are no sentence, right above the first footer line, are footer too. */
function startOfFooter(lines: SourceLine[], firstChrome: number, lastHeading: number): number {
  let start = firstChrome
  while (start - 1 > lastHeading) {
    const previous = lines[start - 1]
    if (previous.text.length > 40 || /[。；！？）”]$/.test(previous.text)) break
    start--
  }
  return start
}

export function segmentDocument(lines: SourceLine[]): Segments {
  const title = findTitle(lines.filter(line => !isWebChrome(line.text)))
  const titleIndex = title ? lines.indexOf(title.source) : 0
  const before = lines.slice(0, titleIndex)
  const chrome = before.filter(line => isWebChrome(line.text))
  const header = before.filter(line => !isWebChrome(line.text))
  if (title?.isTable) return { title, header, body: [], trailer: lines.slice(titleIndex), chrome }

  const start = title ? titleIndex + title.span : 0
  const hardEnd = findHardEnd(lines, start)
  const candidate = lines.slice(start, hardEnd)
  // Past the last heading, the first line of page furniture ends the document: what follows
  // on a web page (ads, link lists) must not become part of the last task.
  const lastHeading = lastHeadingIndex(candidate)
  const cut = candidate.findIndex((line, index) => index > lastHeading && isWebChrome(line.text))
  const bodyEnd = cut < 0 ? candidate.length : startOfFooter(candidate, cut, lastHeading)
  const body = candidate.slice(0, bodyEnd)
  return {
    title,
    header,
    body: body.filter(line => !isWebChrome(line.text)),
    trailer: lines.slice(start + bodyEnd),
    chrome: [...chrome, ...body.filter(line => isWebChrome(line.text))],
  }
}
