// A document that names itself as something else at its top: an annual report, a notice, a
// summary. Text without a plan title is asked about; text titled as another kind is refused.
import { markerOf } from '../structure/markers'
import type { SourceLine } from '../text/lines'

const otherKind = /(?:报告|总结|通知|通报|决定|意见|办法|规定|细则|公告|通告|批复|纪要|讲话|简报)(?:（[^（）]{1,12}）)?$/
// A document's own title stands within its first few lines.
const titleReach = 5

/** The other kind of document's title, or null. */
export function otherKindTitleOf(lines: SourceLine[]): string | null {
  for (const { text } of lines.slice(0, titleReach)) {
    if (markerOf(text)) return null
    if (text.length >= 6 && text.length <= 60 && !/[。，；：]/.test(text) && otherKind.test(text)) return text
  }
  return null
}
