// The plan's identity from the notice around it: issuer, document number, signing date, year.
import type { SourceLine } from '../text/lines'
import { findDate, isDateLine } from './dates'
import type { TitleLine } from './title'

export interface PlanMeta {
  title: string | null
  year: number | null
  issuer: string | null
  docNumber: string | null
  issuedOn: string | null
}

const docNumberPattern = /([\u4E00-\u9FFF]{1,10}?)[〔[［【（](\d{4})[〕\]］】）](\d{1,4})号/g

/** 青府办发〔2021〕17号 as its own line, after 文号, or closing a notice's title; not a cited one. */
function findDocNumber(lines: SourceLine[]): string | null {
  for (const { text } of lines) {
    for (const match of text.matchAll(docNumberPattern)) {
      const own = text.length <= match[0].length + 4 || /文号/.test(text.slice(0, match.index)) || (/关于印发/.test(text) && text.endsWith(match[0].concat('）')))
      if (own) return `${match[1]}〔${match[2]}〕${match[3]}号`
    }
  }
  return null
}

// 青浦区人民政府办公室关于印发… / 上海市生态环境局文件 / 2024年青浦区生态环境局政务公开工作要点
function findIssuer(header: SourceLine[], title: string | null): string {
  const joined = header.map(line => line.text)
  for (const text of joined) {
    const notice = /^([\u4E00-\u9FFF]{2,30}?)关于印发/.exec(text)
    if (notice) return notice[1]
  }
  for (const text of joined) {
    const file = /^([\u4E00-\u9FFF]{2,30}?)文件$/.exec(text)
    if (file) return file[1]
  }
  if (title === null) return ''
  const fromTitle = /^(?:\d{4}年(?:度)?)?(.{2,30}?)(?:政务公开|信息公开|政府信息公开)?(?:工作要点|要点|工作计划|工作安排|实施方案|工作方案|重点任务|任务清单|任务分解表)/.exec(title)
  return fromTitle?.[1].replace(/\d{4}年(?:度)?$/, '') ?? ''
}

/** A district's office writes its name with or without 上海市; one spelling keeps its plans together. */
function shortenIssuer(issuer: string): string {
  return issuer.replace(/^上海市(?=[\u4E00-\u9FFF]{1,4}(?:新区|区|县))/, '')
}

// The web page's publication date stands in only when the document shows no date of its own.
function findIssuedOn(header: SourceLine[], closing: SourceLine[], page: SourceLine[]): string | null {
  const signed = header.find(line => isDateLine(line.text)) ?? closing.find(line => isDateLine(line.text))
  if (signed) return findDate(signed.text)
  const printed = [...header, ...closing].find(line => /印发$/.test(line.text) && findDate(line.text))
  if (printed) return findDate(printed.text)
  const published = [...header, ...page].find(line => /^(?:成文日期|印发日期|发布日期|发布时间)/.test(line.text) && findDate(line.text))
  return published ? findDate(published.text) : null
}

// 来源：奉贤区人民政府办公室 on the page a plan was copied from, when the document names no issuer.
function pageSource(page: SourceLine[]): string {
  for (const { text } of page) {
    const source = /(?:^|\s)来源[：:]\s*([\u4E00-\u9FFF]{2,30}?(?:办公室|政府|局|委员会|委|办|中心))(?:\s|$)/.exec(text)
    if (source) return source[1]
  }
  return ''
}

export interface DocumentParts {
  header: SourceLine[]
  title: TitleLine | null
  closing: SourceLine[]
  /** Page furniture around the document, read for a publication date only. */
  page: SourceLine[]
}

export function readMeta({ header, title: titleLine, closing, page }: DocumentParts): PlanMeta {
  const title = titleLine ? titleLine.title.replace(/\s+/g, '') : null
  const docNumber = findDocNumber(header) ?? findDocNumber(closing)
  const issuedOn = findIssuedOn(header, closing, page)
  const year = Number(/(\d{4})年/.exec(title ?? '')?.[1] ?? /〔(\d{4})〕/.exec(docNumber ?? '')?.[1] ?? issuedOn?.slice(0, 4) ?? Number.NaN)
  const issuer = shortenIssuer(findIssuer(header, title) || pageSource(page))
  return {
    title,
    year: Number.isFinite(year) ? year : null,
    issuer: issuer === '' ? null : issuer,
    docNumber,
    issuedOn,
  }
}
