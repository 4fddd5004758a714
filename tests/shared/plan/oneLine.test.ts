// The same documents with their line breaks lost give the same tasks.
import { describe, expect, it } from 'vitest'
import { parsePlan, type Plan } from '../../../src/shared/plan'
import { asOneLine, sampleText, seedText } from './fixtures'

const essence = (plan: Plan) => ({
  title: plan.title,
  issuer: plan.issuer,
  issuedOn: plan.issuedOn,
  tasks: plan.tasks.map(t => [t.chapter, t.item, t.title, t.assignments, t.due, t.checklist.map(c => c.row)]),
})

const documents: Array<[string, string]> = [
  ['seed 000', seedText(0)],
  ['seed 002', seedText(2)],
  ['seed 003', seedText(3)],
  ['seed 004', seedText(4)],
  ['three-level sample', sampleText('three-level')],
  ['continuous sample', sampleText('continuous')],
  ['web-page sample', sampleText('web-page')],
  ['table-only sample', sampleText('table-only')],
]

describe('text that arrives on a single line', () => {
  it.each(documents)('%s joined with spaces gives the same plan', (_, text) => {
    expect(essence(parsePlan(asOneLine(text, ' ')))).toEqual(essence(parsePlan(text)))
  })

  it.each(documents)('%s joined with nothing gives the same tasks', (_, text) => {
    expect(essence(parsePlan(asOneLine(text, ''))).tasks).toEqual(essence(parsePlan(text)).tasks)
  })

  it('still finds every chapter of a Markdown document', () => {
    expect(parsePlan(asOneLine(seedText(1), '')).tasks).toHaveLength(20)
  })
})
