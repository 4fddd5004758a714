import { flushPromises } from '@vue/test-utils'
import { strToU8, zipSync } from 'fflate'
import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { pdfFixture, readPdfInNode } from '../../../../tests/shared/plan/pdf/readPdf'
import seedText from '../../../../seeds/003_a8dac7623201bc74.txt?raw'

// pdf.js in the test runs as the CLI runs it (Node build); the browser build is proven in Chromium (tests/e2e).
vi.mock('./model/pdfjs', () => ({ loadPdfReader: async () => readPdfInNode }))

const pinia = createPinia()
type Wrapper = Awaited<ReturnType<typeof mountApp>>['wrapper']

async function openImport() {
  const { wrapper } = await mountApp(pinia, '/import')
  // Hang detectors, not speed targets: the lazy route and the parser take seconds on a busy machine.
  await vi.waitFor(() => expect(wrapper.find('.import-source').exists()).toBe(true), { timeout: 10_000 })
  return wrapper
}

async function paste(wrapper: Wrapper, text: string) {
  await wrapper.get('.import-source textarea').setValue(text)
  await wrapper.get('.import-source button.van-button--primary').trigger('click')
  await vi.waitFor(() => expect(wrapper.find('.preview, [role=alert]').exists()).toBe(true), { timeout: 10_000 })
}

async function pick(wrapper: Wrapper, file: File) {
  const input = wrapper.get('.import-source input[type=file]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await vi.waitFor(() => expect(wrapper.find('.preview, [role=alert]').exists()).toBe(true), { timeout: 15_000 })
}

const saveButton = (wrapper: Wrapper) => wrapper.get('.preview__actions .van-button--primary')

/** Types into a field of the plan details and waits for the draft to be read again. */
async function fill(wrapper: Wrapper, label: string, value: string) {
  const field = wrapper.findAll('.draft-fields .van-field').find(f => f.text().includes(label))!
  await field.get('input, textarea').setValue(value)
  await new Promise(resolve => setTimeout(resolve, 300))
  await flushPromises()
}

// A plan copied from a web page from its first paragraph on: no title, year or issuer, and a
// unit written by its short name (数据局), the page's footer left in.
const pageWithoutTitle = `为进一步做好政务公开工作，现将有关工作安排如下。
一、加强政策公开
（一）做好政策解读。新出台的规范性文件解读率达到100%，于6月底前完成政策文件库更新。（区政府办公室牵头，数据局配合）
（二）办好政府开放日活动。全年至少组织开放活动2次，每次邀请公众不少于20人，于5月中旬前报送活动方案。（区政府办公室）
二、加强平台建设
（一）优化政府网站。于9月底前完成网站栏目改版。（数据局）
扫码关注我们`

const bareTable = `工作任务\t具体要求\t责任科室\t时限要求
规范信息发布\t建立信息发布前保密审查机制，每季度至少1次开展自查。\t办公室\t全年
公开数据开放目录\t新增开放数据集不少于20个。\t数据资源科\t6月底前
办好数据开放活动\t组织开放日活动至少2场。\t数据资源科牵头，办公室配合\t9月中旬`

describe('importing a plan on the device', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(() => resetDevice([]))

  it('previews pasted text offline and saves it, with its outbox entry, once its units are confirmed', async () => {
    const wrapper = await openImport()
    await paste(wrapper, seedText)
    const preview = wrapper.get('.preview').text()
    expect(preview).toContain('2024年青浦区政务公开工作要点')
    expect(preview).toContain('青府办发〔2024〕14号')
    expect(preview).toContain('识别出 16 项任务')
    // No plans on this phone, so no unit is known yet: each waits for the coordinator.
    expect(saveButton(wrapper).attributes('disabled')).toBeDefined()
    expect(preview).toMatch(/还有 \d+ 个单位未对应/)
    expect(await db.plans.count()).toBe(0)

    await wrapper.get('.unit-mapping .van-button').trigger('click')
    await saveButton(wrapper).trigger('click')
    await vi.waitFor(async () => expect(await db.plans.count()).toBe(1))
    const [plan] = await db.plans.toArray()
    expect(plan).toMatchObject({ title: '2024年青浦区政务公开工作要点', bundled: false, taskCount: 16, unitMap: {} })
    expect(await db.tasks.count()).toBe(16)
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({ entity: 'plan', op: 'put', id: plan.id })
    expect((entry.data as { tasks: unknown[] }).tasks).toHaveLength(16)
    await vi.waitFor(() => expect(wrapper.text()).toContain('已保存'))
    wrapper.unmount()
  })

  it('asks for the title, year and issuer a page copied without its title lacks, and maps a short unit name', async () => {
    await resetDevice([qingpu2024])
    const wrapper = await openImport()
    await paste(wrapper, pageWithoutTitle)
    expect(wrapper.get('.draft-fields__ask').text()).toBe('文中没有找到标题、年度、发文单位，请填写后再保存。')
    expect(wrapper.get('.leftovers').text()).toContain('扫码关注我们')
    expect(saveButton(wrapper).attributes('disabled')).toBeDefined()

    await fill(wrapper, '年度', '2025')
    await fill(wrapper, '发文单位', '青浦区人民政府办公室')
    await wrapper.get('.draft-fields__suggest').trigger('click')
    await new Promise(resolve => setTimeout(resolve, 300))
    await flushPromises()
    expect(wrapper.find('.draft-fields__ask').exists()).toBe(false)
    expect(wrapper.get('.draft-tasks').text()).toContain('2025-06-30')

    // 数据局 is not in the directory, 区数据局 is offered first; 区政府办公室 is known by name, folded away.
    const rows = wrapper.findAll('.unit-row')
    expect(rows.map(row => row.get('label').text())).toEqual([expect.stringContaining('数据局'), expect.stringContaining('区政府办公室')])
    expect(rows[0].text()).toContain('名录中没有，是新单位吗？')
    expect(rows[0].findAll('option').map(o => o.text()).slice(1, 3)).toEqual(['区数据局', '新单位：按原文“数据局”保留'])
    expect(wrapper.get('.unit-mapping__matched summary').text()).toBe('已自动对应的单位（1 个，可修改）')
    expect(rows[1].text()).toContain('名称一致')
    expect(saveButton(wrapper).attributes('disabled')).toBeDefined()
    await rows[0].get('select').setValue('区数据局')
    expect(wrapper.findAll('.draft-tasks__task')[2].text()).toContain('牵头：区数据局')
    await saveButton(wrapper).trigger('click')

    await vi.waitFor(async () => expect(await db.plans.count()).toBe(2))
    const [entry] = await db.outbox.toArray()
    const record = entry.data as { title: string, year: number, issuer: string, unitMap: Record<string, string>, tasks: Array<{ assignments: Array<{ leads: string[], owners: string[] }>, checklist: Array<{ due: string | null }> }> }
    expect(record).toMatchObject({ title: '2025年青浦区人民政府办公室政务公开工作要点', year: 2025, issuer: '青浦区人民政府办公室' })
    expect(record.unitMap).toEqual({ 区政府办公室: '区政府办公室', 数据局: '区数据局', 区数据局: '区数据局' })
    expect(record.tasks.map(task => task.assignments.flatMap(a => [...a.leads, ...a.owners]))).toEqual([['区政府办公室', '区数据局'], ['区政府办公室'], ['区数据局']])
    expect(record.tasks[1].checklist.map(item => item.due)).toEqual(['2025-12-31', '2025-05-20'])
    const tasks = await db.tasks.where('planId').equals(entry.id).toArray()
    expect(tasks.filter(task => task.units.includes('区数据局'))).toHaveLength(2)
    wrapper.unmount()
  })

  it('saves nothing while a field is missing', async () => {
    const wrapper = await openImport()
    await paste(wrapper, pageWithoutTitle)
    await fill(wrapper, '年度', '2025')
    await wrapper.get('.unit-mapping .van-button').trigger('click')
    expect(wrapper.get('.preview__blocked').text()).toBe('请先补全标题、年度和发文单位。')
    await saveButton(wrapper).trigger('click')
    await flushPromises()
    expect(await db.plans.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    wrapper.unmount()
  })

  it('does not save a plan whose issuer was cleared in the form', async () => {
    const wrapper = await openImport()
    await paste(wrapper, seedText)
    await wrapper.get('.unit-mapping .van-button').trigger('click')
    expect(saveButton(wrapper).attributes('disabled')).toBeUndefined()
    await fill(wrapper, '发文单位', ' ')
    expect(saveButton(wrapper).attributes('disabled')).toBeDefined()
    expect(wrapper.get('.preview__blocked').text()).toBe('请先补全标题、年度和发文单位。')
    await saveButton(wrapper).trigger('click')
    await flushPromises()
    expect(await db.plans.count()).toBe(0)
    wrapper.unmount()
  })

  it('makes tasks of a task table pasted alone, without a 序号 column', async () => {
    const wrapper = await openImport()
    await paste(wrapper, bareTable)
    expect(wrapper.get('.preview').text()).toContain('识别出 3 项任务')
    expect(wrapper.get('.draft-tasks').text()).toContain('牵头：数据资源科')
    expect(wrapper.findAll('.unit-row').map(row => row.get('label').text())).toEqual([expect.stringContaining('办公室'), expect.stringContaining('数据资源科')])
    wrapper.unmount()
  })

  it('reads a Word (.docx) file picked from the phone', async () => {
    const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    const paragraphs = seedText.split('\n').map(line => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join('')
    const documentXml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`
    const wrapper = await openImport()
    await pick(wrapper, new File([zipSync({ 'word/document.xml': strToU8(documentXml) })], '2024年要点.docx'))
    expect(wrapper.get('.preview').text()).toContain('识别出 16 项任务')
    wrapper.unmount()
  })

  it('reads a .txt file saved by Windows Notepad as UTF-16 (issue 12 point 13)', async () => {
    const utf16 = new Uint8Array([0xFF, 0xFE, ...[...seedText].flatMap(c => [c.charCodeAt(0) & 255, c.charCodeAt(0) >> 8])])
    const wrapper = await openImport()
    await pick(wrapper, new File([utf16], '要点.txt', { type: 'text/plain' }))
    expect(wrapper.get('.preview__title').text()).toBe('2024年青浦区政务公开工作要点')
    wrapper.unmount()
  })

  it('reads a PDF through pdf.js', async () => {
    const wrapper = await openImport()
    await pick(wrapper, new File([new Uint8Array(pdfFixture('notice-plan'))], '嘉定要点.pdf', { type: 'application/pdf' }))
    const preview = wrapper.get('.preview').text()
    expect(preview).toContain('2025年嘉定区政务公开工作要点')
    expect(preview).toContain('嘉府办发〔2025〕6号')
    expect(preview).toContain('识别出 8 项任务')
    wrapper.unmount()
  })

  it('asks for an old Word (.doc) file to be saved as .docx, and refuses other kinds by name', async () => {
    const wrapper = await openImport()
    await pick(wrapper, new File([new Uint8Array([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0])], '要点.doc'))
    expect(wrapper.get('[role=alert]').text()).toContain('“要点.doc”是旧版 Word（.doc）文件，无法直接读取。请在 Word 或 WPS 中“另存为” .docx 格式后再导入。')
    await pick(wrapper, new File(['a,b'], '要点.xlsx'))
    expect(wrapper.get('[role=alert]').text()).toContain('不支持“要点.xlsx”这种文件')
    wrapper.unmount()
  })

  it('saves nothing when the preview is discarded', async () => {
    const wrapper = await openImport()
    await paste(wrapper, seedText)
    await wrapper.get('.preview__actions .van-button:not(.van-button--primary)').trigger('click')
    await flushPromises()
    expect(wrapper.find('.import-source').exists()).toBe(true)
    expect(await db.plans.count()).toBe(0)
    expect(await db.outbox.count()).toBe(0)
    wrapper.unmount()
  })

  it('says clearly when the text is not a work plan, and keeps what was pasted', async () => {
    const wrapper = await openImport()
    const notice = '关于开展2024年度政府信息公开工作年度报告编制工作的通知\n各单位：请于1月31日前报送年度报告。'
    await paste(wrapper, notice)
    expect(wrapper.get('[role=alert]').text()).toMatch(/未能识别：.*不是工作要点/)
    expect((wrapper.get('.import-source textarea').element as HTMLTextAreaElement).value).toBe(notice)
    expect(await db.plans.count()).toBe(0)
    wrapper.unmount()
  })
})
