// A task's short title: the heading sentence a plan opens an item with ("规范政务信息管理。"),
// or else the opening clause of its first requirement.
import { firstClause, splitSentences } from '../text/sentences'

const longestHeading = 25
const longestTitle = 30

/** "深化政策集成式发布成果。" opening an item that goes on: a heading, not a requirement. */
export function headingSentenceOf(textWithoutUnits: string): string | null {
  const sentences = splitSentences(textWithoutUnits)
  const first = sentences[0]
  if (!first || sentences.length < 2 || !/[。！？]$/.test(first)) return null
  const bare = first.slice(0, -1)
  return bare.length <= longestHeading && !/[，、；：]/.test(bare) ? first : null
}

export function taskTitleOf(textWithoutUnits: string): string {
  const heading = headingSentenceOf(textWithoutUnits)
  const first = heading ?? splitSentences(textWithoutUnits)[0] ?? textWithoutUnits
  const sentence = first.replace(/[。！？；，]+$/, '')
  return sentence.length > longestTitle ? firstClause(sentence, 8) : sentence
}
