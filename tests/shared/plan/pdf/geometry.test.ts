// The PDF reader on text runs laid out by hand: where they stand decides what they are.
import { describe, expect, it } from 'vitest'
import { pdfPlanText, PdfWithoutTextError, type PdfPageText, type PdfTextItem } from '../../../../src/shared/plan'

const width = 595
const height = 842

/** A run of text at x, with its baseline y from the top of the page (as one reads it). */
function run(str: string, x: number, top: number, size = 16): PdfTextItem {
  const wide = [...str].reduce((sum, char) => sum + (/[\u0020-\u007E]/.test(char) ? 0.55 : 1), 0)
  return { str, transform: [size, 0, 0, size, x, height - top], width: wide * size, height: size, hasEOL: false }
}

const page = (...items: PdfTextItem[]): PdfPageText => ({ width, height, items })
const textOf = (...pages: PdfPageText[]) => pdfPlanText(pages).text

describe('page furniture', () => {
  it.each([
    ['— 3 —', '— 3 —'], ['- 3 -', '- 3 -'], ['第3页', '第3页'], ['第3页 共40页', '第3页 共40页'], ['3/40', '3/40'], ['3', '3'],
  ])('removes the page number %s at the foot of the page', (_, marker) => {
    expect(textOf(page(run('一、加强政策公开', 112, 120), run('（一）做好政策解读。', 112, 146), run(marker, 280, 815, 10.5)))).toBe('一、加强政策公开\n（一）做好政策解读。')
  })

  it('removes a running header repeated on each page, and keeps the same words in the body', () => {
    const header = (top: number) => run('嘉定区人民政府办公室', 240, top, 10.5)
    expect(textOf(
      page(header(30), run('通知正文。', 112, 120), run('嘉定区人民政府办公室', 360, 300)),
      page(header(30), run('第二页正文。', 112, 120)),
    )).toBe('通知正文。\n嘉定区人民政府办公室\n第二页正文。')
  })

  it('keeps a number that stands in the body', () => {
    expect(textOf(page(run('一、加强政策公开', 112, 250), run('（一）做好政策解读。', 112, 280), run('2025', 112, 330)))).toBe('一、加强政策公开\n（一）做好政策解读。\n2025')
  })
})

describe('lines', () => {
  it('joins runs of a line without spaces between Chinese, with one between Latin words apart', () => {
    expect(textOf(page(run('推进', 112, 120), run('“一网通办”', 144, 120), run('PDF', 240, 160), run('files', 280, 160)))).toBe('推进“一网通办”\nPDF files')
  })

  it('joins a line that runs to the right margin with the next, also over a page break, but not an indented line', () => {
    // 22 characters after a two-character indent and 24 flush: both lines end at x = 464.
    expect(textOf(
      page(run('（一）深化政策集成式发布。依托政府网站政策文', 112, 700), run('件库，分类归集现行有效的政策文件，并于二月底前完', 80, 726)),
      page(run('成改版。（区政府办公室牵头）', 80, 120), run('（二）提升政策解读实效。', 112, 146)),
    )).toBe('（一）深化政策集成式发布。依托政府网站政策文件库，分类归集现行有效的政策文件，并于二月底前完成改版。（区政府办公室牵头）\n（二）提升政策解读实效。')
  })

  it('does not join a finished sentence with a heading that starts the next line at the margin', () => {
    expect(textOf(page(run('加强统筹协调，形成工作合力，确保各项任务落实。', 80, 120), run('二、夯实基础保障，切实推动政务公开工作落实。', 80, 146)))).toBe('加强统筹协调，形成工作合力，确保各项任务落实。\n二、夯实基础保障，切实推动政务公开工作落实。')
  })

  it('refuses a PDF whose pages hold no text but page numbers', () => {
    expect(() => pdfPlanText([page(run('— 1 —', 280, 815, 10.5)), page()])).toThrow(PdfWithoutTextError)
    expect(pdfPlanText([page(run('一、加强政策公开', 112, 120), run('（一）做好政策解读。', 112, 146)), page()]).pagesWithoutText).toEqual([2])
  })
})

describe('tables', () => {
  const header = (top: number) => [run('序号', 84, top, 11), run('任务名称', 150, top, 11), run('任务内容', 290, top, 11), run('责任单位', 420, top, 11), run('完成时限', 500, top, 11)]

  it('keeps columns as tab-separated cells, a row of several lines as one, a new 序号 as a new row', () => {
    expect(textOf(page(
      run('2024年青浦区政务公开任务分解表', 150, 80, 18),
      ...header(120),
      run('1', 88, 142, 11), run('推进政策', 140, 142, 11), run('集中发布涉企政策，按主', 220, 142, 11), run('区政府办公室', 400, 142, 11), run('全年', 505, 142, 11),
      run('集成发布', 140, 158, 11), run('题归集展示。', 220, 158, 11),
      run('2', 88, 174, 11), run('强化解读', 140, 174, 11), run('同步发布解读材料。', 220, 174, 11), run('各部门', 400, 174, 11), run('6月底前', 505, 174, 11),
      run('抄送：区委办公室，区人大办，区政协办，区法院，区检察院。', 80, 230, 14),
    ))).toBe([
      '2024年青浦区政务公开任务分解表',
      '序号\t任务名称\t任务内容\t责任单位\t完成时限',
      '1\t推进政策集成发布\t集中发布涉企政策，按主题归集展示。\t区政府办公室\t全年',
      '2\t强化解读\t同步发布解读材料。\t各部门\t6月底前',
      '抄送：区委办公室，区人大办，区政协办，区法院，区检察院。',
    ].join('\n'))
  })

  it('joins a row the page end cut in two, and opens a new row where the next page starts one', () => {
    const head = (top: number) => [run('工作任务', 90, top, 11), run('具体要求', 230, top, 11), run('责任科室', 370, top, 11), run('时限要求', 460, top, 11)]
    expect(textOf(
      page(...head(700), run('深化政策解读', 84, 722, 11), run('重要政策文件同步发布解读材料，多', 160, 722, 11), run('法规科', 351, 722, 11), run('全年', 449, 722, 11)),
      page(...head(90), run('元化解读比例不低于50%。', 160, 112, 11), run('加强业务培训', 84, 140, 11), run('组织业务培训不少于2次。', 160, 140, 11), run('办公室', 351, 140, 11), run('10月底前', 449, 140, 11)),
    )).toBe([
      '工作任务\t具体要求\t责任科室\t时限要求',
      '深化政策解读\t重要政策文件同步发布解读材料，多元化解读比例不低于50%。\t法规科\t全年',
      '加强业务培训\t组织业务培训不少于2次。\t办公室\t10月底前',
    ].join('\n'))
  })

  it('leaves a line of words that is no table header as text', () => {
    expect(textOf(page(run('（一）做好政策解读。', 112, 80), run('工作', 100, 120), run('任务', 200, 120), run('内容', 300, 120)))).toBe('（一）做好政策解读。\n工作任务内容')
  })
})
