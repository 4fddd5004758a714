/** One row of a breakdown table, cells by meaning. */
export interface TableRow {
  /** 序号 as printed; null for a row without one. */
  number: number | null
  category: string
  name: string
  content: string
  leads: string
  owners: string
  units: string
  deadline: string
  line: number
}

export function emptyRow(line: number): TableRow {
  return { number: null, category: '', name: '', content: '', leads: '', owners: '', units: '', deadline: '', line }
}

export interface Table {
  rows: TableRow[]
  /** Index of the first line after the table. */
  end: number
  /** Lines inside the table that are no row, appended to the row above. */
  continued: number[]
}
