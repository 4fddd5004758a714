import { describe, expect, it } from 'vitest'
import { readMeta } from '../../../../src/shared/plan/document/meta'
import type { SourceLine } from '../../../../src/shared/plan/text/lines'

const linesOf = (...texts: string[]): SourceLine[] => texts.map((text, index) => ({ text, line: index + 1 }))
const titleLine = (title: string) => ({ source: { text: title, line: 99 }, span: 1, title, fromNotice: false, isTable: false })

describe('readMeta', () => {
  it('reads the letterhead, the notice and its signing date', () => {
    const header = linesOf('青浦区人民政府办公室文件', '青府办发〔2021〕17号', '青浦区人民政府办公室关于印发《2021年青浦区政务公开工作要点》的通知', '经区政府同意，现将《要点》印发给你们。', '2021年4月21日')
    const closing = linesOf('抄送：区委各部门。', '青浦区人民政府办公室', '2021年4月22日印发')
    expect(readMeta({ header, title: titleLine('2021年青浦区政务公开工作要点'), closing, page: [] })).toEqual({
      title: '2021年青浦区政务公开工作要点',
      year: 2021,
      issuer: '青浦区人民政府办公室',
      docNumber: '青府办发〔2021〕17号',
      issuedOn: '2021-04-21',
    })
  })

  it('takes the issuer from the title and the date from the 印发 line when there is no notice', () => {
    const meta = readMeta({ header: linesOf('附件'), title: titleLine('2024年青浦区生态环境局政务公开工作要点'), closing: linesOf('青浦区生态环境局办公室2024年5月10日印发'), page: [] })
    expect(meta).toMatchObject({ issuer: '青浦区生态环境局', docNumber: null, issuedOn: '2024-05-10', year: 2024 })
  })

  it('ignores a document number the notice cites and reads its own from the title line', () => {
    const header = linesOf('为贯彻落实《关于印发〈2020年上海市政务公开工作要点〉的通知》（沪府办〔2020〕20号）的要求，现印发给你们。', '上海市生态环境局关于印发《2020年上海市生态环境局政务公开工作要点》的通知（沪环办〔2020〕88号）')
    expect(readMeta({ header, title: titleLine('2020年上海市生态环境局政务公开工作要点'), closing: [], page: [] }).docNumber).toBe('沪环办〔2020〕88号')
  })

  it('spells a district office the same with or without 上海市, and normalizes [2024] brackets', () => {
    const header = linesOf('松府办发[2024]9号', '上海市松江区人民政府办公室关于印发', '《2024年松江区政务公开工作要点》的通知')
    expect(readMeta({ header, title: titleLine('2024年松江区政务公开工作要点'), closing: [], page: [] })).toMatchObject({ issuer: '松江区人民政府办公室', docNumber: '松府办发〔2024〕9号' })
  })

  it('uses a web page\'s publication date only when the document has none', () => {
    expect(readMeta({ header: [], title: titleLine('2023年奉贤区政务公开工作要点'), closing: [], page: linesOf('发布时间：2023-03-20') }).issuedOn).toBe('2023-03-20')
  })

  it('has no year for a title without one and no other date', () => {
    expect(readMeta({ header: [], title: titleLine('青浦区政务公开工作要点'), closing: [], page: [] }).year).toBeNull()
  })
})
