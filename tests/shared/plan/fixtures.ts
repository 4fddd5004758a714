// Reads the test documents: the five seeds and the samples in fixtures/.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parsePlan, type Plan, type PlanTask } from '../../../src/shared/plan'

const root = join(import.meta.dirname, '..', '..', '..')

export function seedText(index: number): string {
  const name = readdirSync(join(root, 'seeds')).sort().find(file => file.startsWith(String(index).padStart(3, '0')))
  if (!name) throw new Error(`no seed ${index}`)
  return readFileSync(join(root, 'seeds', name), 'utf8')
}

export function sampleText(name: string): string {
  return readFileSync(join(import.meta.dirname, 'fixtures', `${name}.txt`), 'utf8')
}

export const parseSeed = (index: number): Plan => parsePlan(seedText(index))
export const parseSample = (name: string): Plan => parsePlan(sampleText(name))

/** The same document with its line breaks lost: joined with nothing, or with spaces. */
export function asOneLine(text: string, separator: '' | ' '): string {
  return text.split(/\r?\n/).map(line => line.replace(/^ +| +$/g, '')).filter(line => line.trim() !== '').join(separator)
}

export const position = (task: PlanTask) => `${task.chapter}.${task.item}`
export const countsByChapter = (plan: Plan) => [...new Set(plan.tasks.map(t => t.chapter))].map(chapter => plan.tasks.filter(t => t.chapter === chapter).length)
export const allText = (plan: Plan) => plan.tasks.flatMap(t => [t.title, t.text, t.chapterTitle, ...t.checklist.map(c => c.text)]).join('\n')
