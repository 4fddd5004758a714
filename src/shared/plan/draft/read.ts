// The plan parser: plan text in, a draft out. Each step is a small pure module:
// normalize → cut run-on text → strip page and web noise → find the parts of the document →
// numbered outline → tasks → unit groups, deadlines, targets → tables → checklists → warnings.
// A missing title, year or issuer is not a refusal: the draft says what is missing.
import type { PlanTask } from '../types'
import { readMeta } from '../document/meta'
import { otherKindTitleOf } from '../document/otherKind'
import { segmentDocument, type Segments } from '../document/segments'
import { readTrailer } from '../document/trailer'
import { NotAWorkPlanError } from '../errors'
import { buildOutline } from '../structure/outline'
import { draftTasks, type TaskDraft } from '../structure/drafts'
import { alignRows, weakMatch } from '../table/alignRows'
import type { TableRow } from '../table/row'
import { tasksFromRows } from '../table/tableTasks'
import { buildTask } from '../tasks/build'
import { findUnitGroups } from '../assignments/unitGroups'
import { joinLines, lineAtOffset, type SourceLine } from '../text/lines'
import { isPageMarker, isWebChrome } from '../text/noise'
import { splitSourceLines } from '../text/normalize'
import { splitRunOnLines } from '../text/runOn'
import { wrapWidthOf } from '../text/wrapWidth'
import { blocksOf, finishWarnings, warn, whyUnplaced } from '../warnings'
import type { DeadlineContext } from '../rules/deadlines'
import { cleanHints, type CleanHints } from './hints'
import { summarise, withoutDueDates } from './summary'
import type { DraftField, PlanDraft, PlanHints, UnrecognisedLine } from './types'

function prepareLines(text: string): SourceLine[] {
  return splitRunOnLines(splitSourceLines(text))
    .filter(({ text }) => text.replace(/\t/g, '').trim() !== '' && !isPageMarker(text))
}

function rowsByTask(rows: TableRow[], drafts: TaskDraft[], warnings: string[]): TableRow[][] {
  const byTask = drafts.map((): TableRow[] => [])
  alignRows(rows, drafts.map(draft => draft.text)).forEach((placement, index) => {
    byTask[placement.task].push(rows[index])
    if (placement.score < weakMatch) warnings.push(warn.weakRow(rows[index].line, rows[index].number, drafts[placement.task].label))
  })
  return byTask
}

function warnUnitlessTail(draft: TaskDraft, context: DeadlineContext, warnings: string[]) {
  const groups = findUnitGroups(draft.text, context)
  const last = groups[groups.length - 1]
  const tail = last ? draft.text.slice(last.end).replace(/^[。；\s]+/, '') : ''
  if (/[\u4E00-\u9FFF]/.test(tail)) warnings.push(warn.noUnits(lineAtOffset(draft.joined, last.end), draft.label, tail))
}

function refuseOtherDocuments(lines: SourceLine[], segments: Segments) {
  if (lines.length === 0) throw new NotAWorkPlanError('文件没有文字，不是工作要点 (the file has no text, not a work plan)')
  const other = segments.title ? null : otherKindTitleOf(lines.filter(line => !isWebChrome(line.text)))
  if (other) throw new NotAWorkPlanError(`找不到工作要点的标题，“${other}”是另一类文件，不是工作要点 (no work-plan title found, not a work plan)`)
}

const missingOf = (values: Record<DraftField, unknown>): DraftField[] => (['title', 'year', 'issuer'] as const).filter(field => values[field] === null)

/** The year the deadlines count in while the real one is not known; their dates are dropped. */
const placeholderYear = 2000

export function readPlanDraft(text: string, options: { source?: string, hints?: PlanHints } = {}): PlanDraft {
  const hints: CleanHints = cleanHints(options.hints)
  const lines = prepareLines(text)
  const segments = segmentDocument(lines)
  refuseOtherDocuments(lines, segments)

  const warnings: string[] = blocksOf(segments.chrome).map(warn.chrome)
  const unrecognised: UnrecognisedLine[] = segments.chrome.map(({ line, text }) => ({ line, text, why: whyUnplaced.chrome }))
  const outline = buildOutline(segments.body)
  const drafts = draftTasks(outline, wrapWidthOf(segments.body))
  const trailer = readTrailer(segments.trailer)
  // Without a title line, the opening paragraphs are where a notice would name its issuer and number.
  const header = segments.title ? segments.header : outline.preamble
  const meta = readMeta({ header, title: segments.title, closing: trailer.closing, page: segments.chrome })
  const year = hints.year ?? meta.year
  const context: DeadlineContext = { year: year ?? placeholderYear, issuedOn: meta.issuedOn }

  for (const { line, label, expected } of outline.rejected) warnings.push(warn.numbering(line, label, expected))
  for (const { line, text: unplaced, reason } of drafts.unplaced) {
    warnings.push(reason === 'chapter-intro' ? warn.chapterIntro(line, unplaced) : warn.emptyChapter(line, unplaced))
    unrecognised.push({ line, text: unplaced, why: reason === 'chapter-intro' ? whyUnplaced.chapterIntro : whyUnplaced.emptyChapter })
  }
  const rows = trailer.tables.flatMap(table => table.rows)
  for (const table of trailer.tables) {
    if (table.rows.length > 0) continue
    warnings.push(warn.noTable(table.headerLine))
    unrecognised.push({ line: table.headerLine, text: lines.find(line => line.line === table.headerLine)?.text ?? '', why: whyUnplaced.tableHeader })
  }

  let tasks: PlanTask[]
  if (drafts.tasks.length > 0) {
    const rowsOfTask = rows.length > 0 ? rowsByTask(rows, drafts.tasks, warnings) : drafts.tasks.map(() => [])
    tasks = drafts.tasks.map((draft, index) => buildTask(draft, rowsOfTask[index], context))
    for (const [index, draft] of drafts.tasks.entries()) if (rowsOfTask[index].length === 0) warnUnitlessTail(draft, context, warnings)
  }
  else {
    tasks = tasksFromRows(rows).map(task => buildTask({ ...task, sectionTitle: null, text: task.rows.map(row => row.content || row.name).join('') }, task.rows, context))
  }
  if (tasks.length === 0) {
    const named = meta.title ? `“${meta.title}”中` : '文字中'
    throw new NotAWorkPlanError(`${named}找不到编号的任务或分解表，不是可导入的工作要点 (no numbered tasks or breakdown table found)`)
  }

  for (const block of trailer.unplaced) {
    const isChrome = block.some(line => isWebChrome(line.text))
    warnings.push(isChrome ? warn.chrome(block) : warn.afterBody(block))
    unrecognised.push(...block.map(({ line, text }) => ({ line, text, why: isChrome ? whyUnplaced.chrome : whyUnplaced.afterBody })))
  }
  const values = { title: hints.title ?? meta.title, year, issuer: hints.issuer ?? meta.issuer }
  const dated = year === null ? withoutDueDates(tasks) : tasks
  return {
    source: options.source ?? '',
    ...values,
    docNumber: meta.docNumber,
    issuedOn: meta.issuedOn,
    preamble: joinLines([...outline.preamble, ...drafts.framing]).text,
    tasks: dated,
    missing: missingOf(values),
    recognised: { ...meta, titleFrom: segments.title ? (segments.title.fromNotice ? 'notice' : 'title-line') : null, ...summarise(dated) },
    suggestedTitle: values.title === null && year !== null && values.issuer !== null ? `${year}年${values.issuer}政务公开工作要点` : null,
    unrecognised: unrecognised.sort((a, b) => a.line - b.line),
    warnings: finishWarnings(warnings),
  }
}
