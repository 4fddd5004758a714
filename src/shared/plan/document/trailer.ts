// Step 3c: what follows the body. Breakdown tables are read; the closing block (attachments
// list, signature, 印发, 抄送) is kept for the plan's identity; anything else is reported.
import { readTableAt, type FoundTable } from '../table/readTables'
import type { SourceLine } from '../text/lines'
import { isClosingLine } from './boundaries'
import { isTitleText } from './title'

export interface Trailer {
  tables: FoundTable[]
  closing: SourceLine[]
  /** Runs of lines that are neither table nor closing, each run as it stands in the document. */
  unplaced: SourceLine[][]
}

// 抄送 lists run over lines: "抄送：区委各部门，区人大办，" / "区检察院。"
function continuesCopyList(previous: SourceLine | undefined, text: string): boolean {
  return previous !== undefined && /^抄送[：:]/.test(previous.text) && !/[。]$/.test(previous.text) && text.length <= 60
}

export function readTrailer(lines: SourceLine[]): Trailer {
  const trailer: Trailer = { tables: [], closing: [], unplaced: [] }
  let run: SourceLine[] = []
  const endRun = () => {
    if (run.length > 0) trailer.unplaced.push(run)
    run = []
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]
    const table = readTableAt(lines, index)
    if (table) {
      endRun()
      trailer.tables.push(table)
      index = table.end - 1
      continue
    }
    const text = line.text.replace(/\t/g, ' ').trim()
    if (isClosingLine(lines, index) || isTitleText(text) || continuesCopyList(lines[index - 1], text)) {
      endRun()
      trailer.closing.push(line)
    }
    else run.push(line)
  }
  endRun()
  return trailer
}
