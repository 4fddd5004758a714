// A size guard, not a timing: zod and the record schemas are a quarter of a later screen's download,
// and a screen that only reads (or writes through the repositories, which load them on the first
// write) must not pull them in with its own code. Read from the built app's module graph.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { staticClosure } from '../helpers/builtChunks'
import { distDir } from '../helpers/e2eServer'

/**
 * The 5 tabs, the screens opened from their lists or on the day of an event, 导入计划, and the forms:
 * these check what they save with the schemas, loaded on the first save (then the write checks it again).
 */
const readingScreens = [
  'PlansPage',
  'TaskPage',
  'EventsPage',
  'EventPage',
  'EventReportPage',
  'FeedbackPage',
  'FeedbackItemPage',
  'FeedbackIssuesPage',
  'MePage',
  'FaqPage',
  'KioskPage',
  'ImportPage',
  'EventFormPage',
  'EventTemplatesPage',
  'FeedbackNewPage',
  'FeedbackSettingsPage',
  'FeedbackQuestionnaireEditPage',
  'AccountsPage',
  'DirectoryPage',
]

// Every zod schema is made by a constructor named so; minifying keeps the name, a string.
const zodMark = '$ZodType'

const assets = readdirSync(join(distDir, 'assets')).filter(file => file.endsWith('.js'))
const hasZod = (file: string) => readFileSync(join(distDir, file), 'utf8').includes(zodMark)

describe('screens that only read load no schema library', () => {
  it('recognizes the chunk that carries zod', () => {
    expect(assets.filter(file => hasZod(`assets/${file}`)).length).toBeGreaterThan(0)
  })

  it.each(readingScreens)('%s', (screen) => {
    const chunk = assets.find(file => file.startsWith(`${screen}-`))
    expect(chunk, `no chunk for ${screen} in dist/assets`).toBeDefined()
    const withZod = [...staticClosure(distDir, [`assets/${chunk}`])].filter(hasZod)
    expect(withZod).toEqual([])
  })
})
