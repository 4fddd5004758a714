// The plan parser: plan text in, a Plan out. Each step is a small pure module:
// normalize → cut run-on text → strip page and web noise → find the parts of the document →
// numbered outline → tasks → unit groups, deadlines, targets → tables → checklists → warnings.
import type { Plan, PlanTask } from './types'
import { readMeta } from './document/meta'
import { segmentDocument } from './document/segments'
import { readTrailer } from './document/trailer'
import { NotAWorkPlanError } from './errors'
import { buildOutline } from './structure/outline'
import { draftTasks, type TaskDraft } from './structure/drafts'
import { alignRows, weakMatch } from './table/alignRows'
import type { TableRow } from './table/row'
import { tasksFromRows } from './table/tableTasks'
import { buildTask } from './tasks/build'
import { findUnitGroups } from './assignments/unitGroups'
import { joinLines, lineAtOffset, type SourceLine } from './text/lines'
import { isPageMarker, isWebChrome } from './text/noise'
import { splitSourceLines } from './text/normalize'
import { splitRunOnLines } from './text/runOn'
import { wrapWidthOf } from './text/wrapWidth'
import { blocksOf, finishWarnings, warn } from './warnings'
import type { DeadlineContext } from './rules/deadlines'

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

export function parsePlan(text: string, options: { source?: string } = {}): Plan {
  const lines = prepareLines(text)
  if (lines.length === 0) throw new NotAWorkPlanError('文件没有文字，不是工作要点 (the file has no text, not a work plan)')
  const segments = segmentDocument(lines)
  if (!segments) throw new NotAWorkPlanError('找不到工作要点的标题（如“2024年…政务公开工作要点”），不是工作要点 (no work-plan title found, not a work plan)')

  const warnings: string[] = blocksOf(segments.chrome).map(warn.chrome)
  const outline = buildOutline(segments.body)
  const drafts = draftTasks(outline, wrapWidthOf(segments.body))
  const trailer = readTrailer(segments.trailer)
  const meta = readMeta({ header: segments.header, title: segments.title, closing: trailer.closing, page: segments.chrome })
  if (meta.year === null) throw new NotAWorkPlanError(`“${meta.title}”没有写明年份 (the plan names no year)`)
  const context: DeadlineContext = { year: meta.year, issuedOn: meta.issuedOn }

  for (const { line, label, expected } of outline.rejected) warnings.push(warn.numbering(line, label, expected))
  for (const { line, text: unplaced, reason } of drafts.unplaced) warnings.push(reason === 'chapter-intro' ? warn.chapterIntro(line, unplaced) : warn.emptyChapter(line, unplaced))
  const rows = trailer.tables.flatMap(table => table.rows)
  for (const table of trailer.tables) if (table.rows.length === 0) warnings.push(warn.noTable(table.headerLine))

  let tasks: PlanTask[]
  if (drafts.tasks.length > 0) {
    const rowsOfTask = rows.length > 0 ? rowsByTask(rows, drafts.tasks, warnings) : drafts.tasks.map(() => [])
    tasks = drafts.tasks.map((draft, index) => buildTask(draft, rowsOfTask[index], context))
    for (const [index, draft] of drafts.tasks.entries()) if (rowsOfTask[index].length === 0) warnUnitlessTail(draft, context, warnings)
  }
  else {
    tasks = tasksFromRows(rows).map(task => buildTask({ ...task, sectionTitle: null, text: task.rows.map(row => row.content || row.name).join('') }, task.rows, context))
  }
  if (tasks.length === 0) throw new NotAWorkPlanError(`“${meta.title}”中找不到编号的任务或分解表，不是可导入的工作要点 (no numbered tasks or breakdown table found)`)

  for (const block of trailer.unplaced) warnings.push(block.some(line => isWebChrome(line.text)) ? warn.chrome(block) : warn.afterBody(block))
  return {
    source: options.source ?? '',
    title: meta.title,
    year: meta.year,
    issuer: meta.issuer,
    docNumber: meta.docNumber,
    issuedOn: meta.issuedOn,
    preamble: joinLines([...outline.preamble, ...drafts.framing]).text,
    tasks,
    warnings: finishWarnings(warnings),
  }
}
