import { describe, expect, it } from 'vitest'
import { planTextOf } from '../../../src/shared/plan'
import { samplePlanDocx, samplePlanText } from './sampleDocx'

const title = '2024年青浦区政务公开工作要点'

describe('planTextOf', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    expect(planTextOf(new TextEncoder().encode(title))).toBe(title)
    expect(planTextOf(new Uint8Array([0xEF, 0xBB, 0xBF, ...new TextEncoder().encode(title)]))).toBe(title)
  })

  it('reads UTF-16 as Windows Notepad saves it', () => {
    const utf16le = new Uint8Array([0xFF, 0xFE, ...[...title].flatMap(char => [char.charCodeAt(0) & 0xFF, char.charCodeAt(0) >> 8])])
    expect(planTextOf(utf16le)).toBe(title)
  })

  it('reads GB18030 from older tools', () => {
    const gb18030 = Uint8Array.from(Buffer.from('32303234C4EAC7E0C6D6C7F8D5FECEF1B9ABBFAAB9A4D7F7D2AAB5E3', 'hex'))
    expect(planTextOf(gb18030)).toBe(title)
  })

  it('reads a Word document by its name or by its content', () => {
    expect(planTextOf(samplePlanDocx(), 'plan.docx')).toBe(samplePlanText)
    expect(planTextOf(samplePlanDocx(), 'download')).toBe(samplePlanText)
  })
})
