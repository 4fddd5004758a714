// Step 9d: a document that is only a table: each named row (with the merged rows under it)
// is a task; a category column, where there is one, gives the chapters.
import type { TableRow } from './row'

export interface TableTaskDraft {
  chapter: number
  item: number
  chapterTitle: string
  title: string
  rows: TableRow[]
}

export function tasksFromRows(rows: TableRow[]): TableTaskDraft[] {
  const tasks: TableTaskDraft[] = []
  const chapters: string[] = []
  const itemsInChapter = new Map<number, number>()
  let category = ''
  for (const row of rows) {
    if (row.category !== '') category = row.category
    if (!chapters.includes(category)) chapters.push(category)
    const chapter = chapters.indexOf(category) + 1
    const last = tasks[tasks.length - 1]
    // A merged task-name cell leaves the rows below the named one blank; Word keeps the name
    // in the first row of the merge, so a blank row continues the task above.
    if (row.name === '' && last && last.chapter === chapter) {
      last.rows.push(row)
      continue
    }
    const item = (itemsInChapter.get(chapter) ?? 0) + 1
    itemsInChapter.set(chapter, item)
    tasks.push({ chapter, item, chapterTitle: category, title: row.name || row.content.slice(0, 40), rows: [row] })
  }
  return tasks
}
