// Plan documents printed to PDF by headless Chromium, as offices print from a browser or an
// office suite: A4, a serif CJK font, running header and footer with page numbers.
import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumPath } from '../../../helpers/environment'

export interface PdfPageSetup {
  /** Shown at the top of every page (small, as a running header). */
  header?: string
  /** The page number in the footer, with Chromium's <span class="pageNumber">/<span class="totalPages">. */
  footer?: string
  landscape?: boolean
}

const font = '\'Noto Sans CJK SC\', sans-serif'

const band = (html: string) => `<div style="font-size:10.5pt;width:100%;text-align:center;font-family:${font};margin:0 26mm">${html}</div>`

export const pageStyle = `
  @page { size: A4; }
  body { font-family: ${font}; font-size: 16pt; line-height: 1.6; margin: 0; text-align: justify; }
  h1 { font-size: 20pt; text-align: center; font-weight: normal; margin: 0 0 12pt; }
  p { margin: 0; text-indent: 2em; }
  p.flush { text-indent: 0; }
  p.right { text-align: right; }
  table { border-collapse: collapse; width: 100%; font-size: 11pt; line-height: 1.45; }
  th, td { border: 0.75pt solid #000; padding: 4pt 5pt; vertical-align: top; text-align: left; }
  th { text-align: center; font-weight: normal; }
`

/** The PDF of an HTML body, printed by Chromium. */
export async function renderPdf(body: string, setup: PdfPageSetup = {}): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
  try {
    const page = await browser.newPage()
    await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${pageStyle}</style></head><body>${body}</body></html>`)
    await page.evaluate('document.fonts.ready.then(() => true)')
    return await page.pdf({
      format: 'A4',
      landscape: setup.landscape ?? false,
      margin: { top: '30mm', bottom: '28mm', left: '28mm', right: '26mm' },
      displayHeaderFooter: Boolean(setup.header || setup.footer),
      headerTemplate: band(setup.header ?? ''),
      footerTemplate: band(setup.footer ?? ''),
    })
  }
  finally {
    await browser.close()
  }
}
