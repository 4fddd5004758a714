// Step 4d: tasks as the outline gives them, before units, deadlines and checklists are read.
import { joinLines, joinPieces, type JoinedText, type SourceLine } from '../text/lines'
import type { OutlineNode, Outline } from './outline'
import { taskLevelOf } from './taskLevel'

export interface TaskDraft {
  chapter: number
  item: number
  chapterTitle: string
  sectionTitle: string | null
  /** Where the task is in the document, e.g. 三（二）, for messages. */
  label: string
  line: number
  /** The task's text without its number, with where each of its lines starts. */
  text: string
  joined: JoinedText
}

export interface UnplacedText {
  line: number
  text: string
  reason: 'chapter-intro' | 'empty-chapter'
}

export interface Drafts {
  tasks: TaskDraft[]
  unplaced: UnplacedText[]
  /** Chapters that frame the plan (总体要求, 指导思想) and set no task of their own. */
  framing: SourceLine[]
}

const framingTitle = /^(?:总体要求|指导思想|总体目标|工作目标|主要目标|基本原则|总体思路|工作思路)$/

function flatten(node: OutlineNode, withLabel: boolean): SourceLine[] {
  const head = { text: withLabel ? `${node.marker.label}${node.marker.rest}` : node.marker.rest, line: node.heading.line }
  return [head, ...node.body, ...node.children.flatMap(child => flatten(child, true))]
}

function textOf(lines: SourceLine[]): Pick<TaskDraft, 'text' | 'joined'> {
  const joined = joinLines(lines)
  return { text: joined.text, joined }
}

/** A heading a PDF wrapped onto the next line continues in its first body line. */
function headingOf(node: OutlineNode, wrapWidth: number): { title: string, rest: SourceLine[] } {
  const head = node.marker.rest
  const wrapped = node.heading.text.length >= wrapWidth - 1 && !/[。；！？：）]$/.test(head)
  if (wrapped && node.body.length > 0 && node.children.length > 0) {
    return { title: joinPieces([head, node.body[0].text]), rest: node.body.slice(1) }
  }
  return { title: head, rest: node.body }
}

function cleanTitle(title: string): string {
  return title.replace(/[。；：]$/, '')
}

interface Context {
  taskLevel: number
  wrapWidth: number
  out: Drafts
}

function collectTasks(node: OutlineNode, chapterNode: OutlineNode, section: string | null, context: Context, found: Array<{ node: OutlineNode, section: string | null }>) {
  const hasTaskChildren = node.children.some(child => child.level > node.level && child.level <= context.taskLevel)
  if (node.level >= context.taskLevel || !hasTaskChildren) {
    found.push({ node, section })
    return
  }
  const heading = headingOf(node, context.wrapWidth)
  for (const line of heading.rest) context.out.unplaced.push({ line: line.line, text: line.text, reason: 'chapter-intro' })
  const nextSection = node === chapterNode ? section : cleanTitle(heading.title)
  for (const child of node.children) collectTasks(child, chapterNode, nextSection, context, found)
}

function itemNumbers(found: Array<{ node: OutlineNode }>): number[] {
  const printed = found.map(({ node }) => node.marker.number)
  const sameStyle = found.every(({ node }) => node.marker.style === found[0].node.marker.style)
  // Printed numbers identify a task when they are unique in the chapter (also when they run on
  // across chapters); sub-numbering that restarts in each section falls back to the position.
  return sameStyle && new Set(printed).size === printed.length ? printed : found.map((_, index) => index + 1)
}

/** 三（二）, 二、3., or 二 alone for a chapter that is one task: where a message points. */
function labelOf(chapterNode: OutlineNode, node: OutlineNode): string {
  if (node === chapterNode) return chapterNode.marker.label
  const chapter = chapterNode.marker.label.replace(/[、.]$/, '')
  return node.marker.label.startsWith('（') ? `${chapter}${node.marker.label}` : `${chapter}、${node.marker.label}`
}

function chapterTasks(chapterNode: OutlineNode, chapter: number, context: Context) {
  const heading = headingOf(chapterNode, context.wrapWidth)
  const chapterTitle = cleanTitle(heading.title)
  if (chapterNode.children.length === 0) {
    // A heading that runs on into its paragraph (text that lost its line breaks) is the text.
    const runsOn = heading.rest.length === 0 && /[。；]/.test(chapterNode.marker.rest)
    const { text, joined } = textOf(runsOn ? [{ text: chapterNode.marker.rest, line: chapterNode.heading.line }] : heading.rest)
    if (text === '') {
      context.out.unplaced.push({ line: chapterNode.heading.line, text: chapterNode.heading.text, reason: 'empty-chapter' })
      return
    }
    if (framingTitle.test(chapterTitle)) {
      context.out.framing.push(...heading.rest)
      return
    }
    // A chapter written as paragraphs, with no numbered items, is one task.
    context.out.tasks.push({ chapter, item: 1, chapterTitle: runsOn ? '' : chapterTitle, sectionTitle: null, label: chapterNode.marker.label, line: chapterNode.heading.line, text, joined })
    return
  }
  const found: Array<{ node: OutlineNode, section: string | null }> = []
  collectTasks(chapterNode, chapterNode, null, context, found)
  const numbers = itemNumbers(found)
  found.forEach(({ node, section }, index) => {
    context.out.tasks.push({
      chapter,
      item: numbers[index],
      chapterTitle,
      sectionTitle: section,
      label: labelOf(chapterNode, node),
      line: node.heading.line,
      ...textOf(flatten(node, false)),
    })
  })
}

export function draftTasks(outline: Outline, wrapWidth: number): Drafts {
  const context: Context = { taskLevel: taskLevelOf(outline), wrapWidth, out: { tasks: [], unplaced: [], framing: [] } }
  if (context.taskLevel === 0) {
    outline.roots.forEach((node) => {
      context.out.tasks.push({ chapter: 1, item: node.marker.number, chapterTitle: '', sectionTitle: null, label: node.marker.label, line: node.heading.line, ...textOf(flatten(node, false)) })
    })
    return context.out
  }
  outline.roots.forEach(root => chapterTasks(root, root.marker.number, context))
  return context.out
}
