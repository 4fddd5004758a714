// `npm run -s plans -- [--year 2024] [--issuer 单位] [--title 标题] FILE...`: parses work-plan
// documents (.txt, .docx, .pdf) and prints one JSON object { plans: [...] } to stdout. The flags
// answer what a document does not say (a web page copied without its title, a table alone) and
// hold for every file. A file that is not a work plan, cannot be read, or still lacks its year,
// issuer or title gets a one-line reason on stderr and exit code 2; then nothing is printed to stdout.
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { decodePlanFile, parsePlan, PlanIncompleteError, type Plan, type PlanHints } from '../shared/plan'
import { readPdfInNode } from './pdfInNode'

const usage = '用法 (usage): npm run -s plans -- [--year 年份] [--issuer 发文单位] [--title 标题] FILE.txt|FILE.docx|FILE.pdf ...'

async function readPlan(file: string, hints: PlanHints): Promise<Plan> {
  const decoded = await decodePlanFile(readFileSync(file), file, { readPdf: readPdfInNode })
  if ('error' in decoded) throw new Error(decoded.error.message)
  return parsePlan(decoded.text, { source: file, hints })
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ')
}

function reasonOf(error: unknown): string {
  if (error instanceof PlanIncompleteError) return `${error.message}；可用 ${error.missing.map(field => `--${field}`).join(' ')} 指定 (give them with ${error.missing.map(field => `--${field}`).join(' ')})`
  if ((error as NodeJS.ErrnoException).code) return `无法读取文件 (cannot read the file): ${(error as Error).message}`
  return (error as Error).message
}

function readArguments(args: string[]): { files: string[], hints: PlanHints } | null {
  try {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { year: { type: 'string' }, issuer: { type: 'string' }, title: { type: 'string' } } })
    if (values.year !== undefined && !/^\d{4}$/.test(values.year)) return null
    return { files: positionals, hints: { year: values.year === undefined ? null : Number(values.year), issuer: values.issuer ?? null, title: values.title ?? null } }
  }
  catch {
    return null
  }
}

async function main(args: string[]): Promise<number> {
  const parsed = readArguments(args)
  if (!parsed || parsed.files.length === 0) {
    process.stderr.write(`${usage}\n`)
    return 2
  }
  const plans: Plan[] = []
  let failed = false
  for (const file of parsed.files) {
    try {
      plans.push(await readPlan(file, parsed.hints))
    }
    catch (error) {
      process.stderr.write(`${file}: ${oneLine(reasonOf(error))}\n`)
      failed = true
    }
  }
  if (failed) return 2
  process.stdout.write(`${JSON.stringify({ plans }, null, 2)}\n`)
  return 0
}

process.exitCode = await main(process.argv.slice(2))
