import { describe, expect, it } from 'vitest'
import { decodePlanText, planFileKind } from './planText'

describe('plan files', () => {
  it('reads UTF-8 text, and GB18030 (GBK) text that is not valid UTF-8', () => {
    expect(decodePlanText(new TextEncoder().encode('政务公开工作要点'))).toBe('政务公开工作要点')
    // 政务公开 in GBK
    const gbk = new Uint8Array([0xD5, 0xFE, 0xCE, 0xF1, 0xB9, 0xAB, 0xBF, 0xAA])
    expect(decodePlanText(gbk)).toBe('政务公开')
  })

  it('reads UTF-16 with its byte-order mark, as Windows Notepad saves it (issue 12 point 13)', () => {
    const text = '政务公开工作要点'
    const le = new Uint8Array([0xFF, 0xFE, ...[...text].flatMap(c => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])])
    const be = new Uint8Array([0xFE, 0xFF, ...[...text].flatMap(c => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 255])])
    expect(decodePlanText(le)).toBe(text)
    expect(decodePlanText(be)).toBe(text)
  })

  it('accepts .txt and .docx only', () => {
    expect(planFileKind('要点.TXT')).toBe('txt')
    expect(planFileKind('2024年要点.docx')).toBe('docx')
    expect(planFileKind('要点.pdf')).toBeNull()
    expect(planFileKind('要点')).toBeNull()
  })
})
