// `npm run -s plans -- FILE...`: parses work-plan documents (.txt or .docx) and prints one
// JSON object { plans: [...] } to stdout. A file that is not a work plan, or cannot be read,
// gets a one-line reason on stderr and exit code 2; then nothing is printed to stdout.
import { readFileSync } from 'node:fs'
import { parsePlan, planTextOf, type Plan } from '../shared/plan'

const usage = '用法 (usage): npm run -s plans -- FILE.txt|FILE.docx ...'

function readPlan(file: string): Plan {
  return parsePlan(planTextOf(readFileSync(file), file), { source: file })
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ')
}

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write(`${usage}\n`)
    return 2
  }
  const plans: Plan[] = []
  let failed = false
  for (const file of files) {
    try {
      plans.push(readPlan(file))
    }
    catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ? `无法读取文件 (cannot read the file): ${(error as Error).message}` : (error as Error).message
      process.stderr.write(`${file}: ${oneLine(reason)}\n`)
      failed = true
    }
  }
  if (failed) return 2
  process.stdout.write(`${JSON.stringify({ plans }, null, 2)}\n`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
