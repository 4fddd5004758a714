// `npm run bench:parse`: how long parsePlan takes on a large plan, and whether the time grows
// linearly with the text; then a 40-page PDF read with pdf.js and the plan code in Chromium at
// 4× CPU (parsePdf.ts), next to the machine reference of `npm run bench` (appMachine.ts). The large plan is made of the real seed plans: their bodies one after
// another under one title (chapters renumbered, so it is one valid plan), followed by the
// 2021 青浦区 breakdown table once per copy of that plan's body (rows renumbered).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parsePlan } from '../../src/shared/plan'
import { numberToChinese } from '../../src/shared/text/numerals'
import { verdict } from './appHarness'
import { measureMachine } from './appMachine'
import { benchPdfParse } from './parsePdf'

const seedsDir = join(import.meta.dirname, '..', '..', 'seeds')
const seeds = readdirSync(seedsDir).filter(name => /\.(?:txt|docx)$/i.test(name)).sort().map(name => readFileSync(join(seedsDir, name), 'utf8').split(/\r?\n/))

const titleLine = /^\s*(?:#+\s*)?\d{4}\s*年.{2,30}工作要点\s*$/
const bodyEnd = /^\s*(?:附件|抄送|信息公开属性|地区[:：])|印发\s*$/
const chapterHeading = /^(\s*(?:#+\s*)?(?:\*\*)?)[一二三四五六七八九十]+、/

// From the first chapter heading: each seed's own preamble would run into the chapter before it.
function bodyOf(lines: string[]): string[] {
  const title = lines.findIndex(line => titleLine.test(line))
  const start = lines.findIndex((line, index) => index > title && chapterHeading.test(line))
  const end = lines.findIndex((line, index) => index > start && bodyEnd.test(line))
  return lines.slice(start, end < 0 ? lines.length : end)
}

function tableOf(lines: string[]): string[] {
  const header = lines.findIndex(line => line.startsWith('序号\t'))
  const end = lines.findIndex((line, index) => index > header && line.startsWith('抄送'))
  return header < 0 ? [] : lines.slice(header + 1, end)
}

const bodies = seeds.map(bodyOf)
const tabled = seeds.findIndex(lines => tableOf(lines).length > 0)
const table = tableOf(seeds[tabled])
const header = seeds[tabled].find(line => line.startsWith('序号\t'))!

/** A plan of about `bytes` bytes: copies of the untabled bodies, then copies of the tabled one, then its table per copy. */
function largePlan(bytes: number): string {
  const out = ['2024年青浦区政务公开工作要点', '为做好政务公开工作，制定本工作要点。']
  let chapter = 0
  const renumbered = (lines: string[]) => lines.map(line => line.replace(chapterHeading, (_, prefix: string) => `${prefix}${numberToChinese(++chapter)}、`))
  const perRound = Buffer.byteLength([...bodies.flat(), ...table].join('\n'))
  const rounds = Math.max(1, Math.round(bytes / perRound))
  for (let round = 0; round < rounds; round++) bodies.forEach((body, index) => index !== tabled && out.push(...renumbered(body)))
  for (let round = 0; round < rounds; round++) out.push(...renumbered(bodies[tabled]))
  out.push('附件', header)
  let row = 0
  for (let round = 0; round < rounds; round++) out.push(...table.map(line => line.replace(/^\d+\t/, () => `${++row}\t`)))
  return out.join('\n')
}

/** The fastest and the median of several runs: on a shared machine the fastest is the parser's own cost. */
function timeParse(text: string, runs: number): { fastest: number, median: number } {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    parsePlan(text)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return { fastest: times[0], median: times[Math.floor(times.length / 2)] }
}

const sizes = [0.25, 0.5, 1, 2]
timeParse(largePlan(1024 * 1024), 3)
const perMb: number[] = []
console.log('parsePlan on plans made of the real seed plans (7 runs each after warm-up)')
console.log('size (MB)  tasks  table rows  warnings  fastest (ms)  median (ms)  fastest ms per MB')
for (const size of sizes) {
  const text = largePlan(size * 1024 * 1024)
  const megabytes = Buffer.byteLength(text) / 1024 / 1024
  const plan = parsePlan(text)
  const { fastest, median } = timeParse(text, 7)
  perMb.push(fastest / megabytes)
  const rows = plan.tasks.reduce((sum, task) => sum + task.checklist.filter(item => item.source === 'table').length, 0)
  console.log(`${megabytes.toFixed(2).padStart(9)}  ${String(plan.tasks.length).padStart(5)}  ${String(rows).padStart(10)}  ${String(plan.warnings.length).padStart(8)}  ${fastest.toFixed(0).padStart(12)}  ${median.toFixed(0).padStart(11)}  ${perMb[perMb.length - 1].toFixed(0).padStart(17)}`)
}
console.log(`Linear parsing keeps ms per MB about constant: largest/smallest ms per MB = ${(Math.max(...perMb) / Math.min(...perMb)).toFixed(2)}.`)

console.log('\n40-page text PDF → plan draft in Chromium at 4× CPU (pdf.js with its worker, then the plan code; 7 runs after one untimed)')
const machine = await measureMachine()
const pdf = await benchPdfParse()
console.log(`   ${pdf.pages} pages, ${Math.round(pdf.bytes / 1024)} KB, ${pdf.tasks} tasks, ${pdf.tableRows} table rows; runs ${pdf.runsMs.map(Math.round).join(', ')} ms`)
console.log(verdict({ name: 'PDF import, median', value: pdf.medianMs, unit: 'ms', limit: { max: 2000 } }))
console.log(`   of which pdf.js until the last page's text: median ${Math.round(pdf.pdfjsMedianMs)} ms; without the slowdown the whole read takes ${Math.round(pdf.unthrottledMedianMs)} ms`)
console.log(`   = ${(pdf.medianMs / machine.referenceMs).toFixed(2)} × the machine reference (${machine.details.join('; ')})`)
