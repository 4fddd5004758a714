// `npx tsx tests/shared/plan/pdf/makePdfFixtures.ts`: prints the PDF test documents with
// headless Chromium into fixtures/ (committed, so the tests need no browser to read them).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pdfFixtures } from './fixturePlans'
import { renderPdf } from './renderPdf'

for (const fixture of pdfFixtures) {
  const pdf = await renderPdf(fixture.body, fixture.setup)
  const file = join(import.meta.dirname, 'fixtures', `${fixture.name}.pdf`)
  writeFileSync(file, pdf)
  console.log(`${file}: ${pdf.length} bytes`)
}
