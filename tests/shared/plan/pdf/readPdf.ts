// The fixture PDFs read with pdf.js in Node, as the CLI reads them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readPdfInNode } from '../../../../src/cli/pdfInNode'

export const pdfFixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', `${name}.pdf`)))
export { readPdfInNode }
