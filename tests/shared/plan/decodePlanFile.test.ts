// decodePlanFile: one entry for every file a plan comes in, text or a typed reason.
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { decodePlanFile, DocxReadError, docxLimits, docxToText, planFileKindOf } from '../../../src/shared/plan'
import { samplePlanDocx, samplePlanText } from './sampleDocx'

const title = '2024年青浦区政务公开工作要点'
const utf16 = (text: string, bigEndian: boolean) => new Uint8Array([...(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]), ...[...text].flatMap((char) => {
  const code = char.charCodeAt(0)
  return bigEndian ? [code >> 8, code & 0xFF] : [code & 0xFF, code >> 8]
})])

// The first bytes of every Word 97–2003 file (a Compound File), then some of its header.
const oldWord = new Uint8Array([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0, 0x3E, 0, 0x03, 0, 0xFE, 0xFF])

describe('decodePlanFile', () => {
  it('reads text in UTF-8, UTF-16 (both byte orders, by their BOM) and GB18030', async () => {
    expect(await decodePlanFile(new TextEncoder().encode(title), 'plan.txt')).toEqual({ kind: 'txt', text: title, notes: [] })
    expect(await decodePlanFile(utf16(title, false), 'plan.txt')).toMatchObject({ text: title })
    expect(await decodePlanFile(utf16(title, true), 'plan.txt')).toMatchObject({ text: title })
    expect(await decodePlanFile(Uint8Array.from(Buffer.from('32303234C4EAC7E0C6D6C7F8D5FECEF1B9ABBFAAB9A4D7F7D2AAB5E3', 'hex')), '要点')).toMatchObject({ kind: 'txt', text: title })
  })

  it('reads a .docx by its content whatever its name', async () => {
    expect(await decodePlanFile(samplePlanDocx(), 'download.bin')).toEqual({ kind: 'docx', text: samplePlanText, notes: [] })
  })

  it('asks for an old .doc to be saved as .docx, by its signature even when it is named .docx', async () => {
    const message = '这是旧版Word(.doc)文件，请在Word/WPS中另存为.docx后再导入 (an old binary Word .doc file: save it as .docx in Word or WPS, then import it)'
    expect(await decodePlanFile(oldWord, '要点.doc')).toEqual({ kind: 'doc', error: { code: 'legacy-doc', message } })
    expect(await decodePlanFile(oldWord, '要点.docx')).toMatchObject({ kind: 'doc', error: { code: 'legacy-doc' } })
  })

  it('names a file a plan does not come in', async () => {
    expect(await decodePlanFile(new Uint8Array([0xFF, 0xD8, 0xFF, 0xE0]), '照片.jpg')).toEqual({ kind: null, error: { code: 'unsupported-file', message: expect.stringMatching(/^不支持“照片\.jpg”这种文件/) } })
    expect(planFileKindOf(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2D]), 'scan')).toBe('pdf')
  })

  it('passes a damaged .docx on as a typed error', async () => {
    expect(await decodePlanFile(strToU8('不是压缩文件'), 'plan.docx')).toMatchObject({ kind: 'docx', error: { code: 'docx-unreadable', message: expect.stringMatching(/^不是有效的 \.docx 文件/) } })
  })
})

describe('a .docx that would unpack into too much (zip bomb)', () => {
  /** The zip with the uncompressed size its central directory declares for `name` replaced. */
  function declaring(zip: Uint8Array, name: string, size: number): Uint8Array {
    const bytes = zip.slice()
    const view = new DataView(bytes.buffer)
    for (let at = 0; at + 46 < bytes.length; at++) {
      if (view.getUint32(at, true) !== 0x02014B50) continue
      const nameLength = view.getUint16(at + 28, true)
      if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)) === name) view.setUint32(at + 24, size, true)
    }
    return bytes
  }

  it('refuses a part declared larger than the limit, before unpacking it', () => {
    const bomb = declaring(zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'word/document.xml', docxLimits.partBytes + 1)
    expect(() => docxToText(bomb)).toThrow(DocxReadError)
    expect(() => docxToText(bomb)).toThrow(/^Word文件异常：word\/document\.xml解压后声明为64 MB.*too large to import/)
  })

  it('refuses more entries than a Word document has', () => {
    const entries = Object.fromEntries(Array.from({ length: docxLimits.entries + 1 }, (_, index) => [`media/${index}.xml`, new Uint8Array(0)]))
    let error: unknown
    try {
      docxToText(zipSync({ ...entries, 'word/document.xml': strToU8('<w:document/>') }))
    }
    catch (thrown) {
      error = thrown
    }
    expect(error).toMatchObject({ name: 'DocxReadError', code: 'docx-too-large', message: expect.stringMatching(/超过10000个压缩条目/) })
  })
})
