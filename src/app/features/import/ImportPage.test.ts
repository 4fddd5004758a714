import { flushPromises } from '@vue/test-utils'
import { strToU8, zipSync } from 'fflate'
import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../db/database'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'
import seedText from '../../../../seeds/003_a8dac7623201bc74.txt?raw'

const pinia = createPinia()

async function openImport() {
  const { wrapper } = await mountApp(pinia, '/import')
  await vi.waitFor(() => expect(wrapper.find('.import-source').exists()).toBe(true))
  return wrapper
}

async function paste(wrapper: Awaited<ReturnType<typeof openImport>>, text: string) {
  await wrapper.get('.import-source textarea').setValue(text)
  await wrapper.get('.import-source button.van-button--primary').trigger('click')
}

describe('importing a plan on the device', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(() => resetDevice([]))

  it('parses pasted text offline, previews it, and saves it with its outbox entry only on confirm', async () => {
    const wrapper = await openImport()
    await paste(wrapper, seedText)
    await vi.waitFor(() => expect(wrapper.find('.preview').exists()).toBe(true), { timeout: 5000 })
    const preview = wrapper.get('.preview').text()
    expect(preview).toContain('2024年青浦区政务公开工作要点')
    expect(preview).toContain('青府办发〔2024〕14号')
    expect(preview).toContain('16 项任务')
    expect(await db.plans.count()).toBe(0)

    await wrapper.get('.preview__actions .van-button--primary').trigger('click')
    await vi.waitFor(async () => expect(await db.plans.count()).toBe(1))
    const [plan] = await db.plans.toArray()
    expect(plan).toMatchObject({ title: '2024年青浦区政务公开工作要点', bundled: false, taskCount: 16 })
    expect(await db.tasks.count()).toBe(16)
    const [entry] = await db.outbox.toArray()
    expect(entry).toMatchObject({ entity: 'plan', op: 'put', id: plan.id })
    expect((entry.data as { tasks: unknown[] }).tasks).toHaveLength(16)
    await vi.waitFor(() => expect(wrapper.text()).toContain('已保存'))
    wrapper.unmount()
  })

  it('reads a Word (.docx) file picked from the phone', async () => {
    const escape = (line: string) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;')
    const paragraphs = seedText.split('\n').map(line => `<w:p><w:r><w:t xml:space="preserve">${escape(line)}</w:t></w:r></w:p>`).join('')
    const documentXml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`
    const docx = zipSync({ 'word/document.xml': strToU8(documentXml) })
    const wrapper = await openImport()
    const input = wrapper.get('.import-source input[type=file]')
    Object.defineProperty(input.element, 'files', { value: [new File([docx], '2024年要点.docx')] })
    await input.trigger('change')
    await vi.waitFor(() => expect(wrapper.find('.preview').exists()).toBe(true), { timeout: 5000 })
    expect(wrapper.get('.preview').text()).toContain('16 项任务')
    wrapper.unmount()
  })

  it('refuses a file that is neither .txt nor .docx, by name', async () => {
    const wrapper = await openImport()
    const input = wrapper.get('.import-source input[type=file]')
    Object.defineProperty(input.element, 'files', { value: [new File(['%PDF-1.7'], '要点.pdf')] })
    await input.trigger('change')
    await vi.waitFor(() => expect(wrapper.find('[role=alert]').exists()).toBe(true))
    expect(wrapper.get('[role=alert]').text()).toContain('不支持“要点.pdf”')
    wrapper.unmount()
  })

  it('saves nothing when the preview is discarded', async () => {
    const wrapper = await openImport()
    await paste(wrapper, seedText)
    await vi.waitFor(() => expect(wrapper.find('.preview').exists()).toBe(true), { timeout: 5000 })
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
    await vi.waitFor(() => expect(wrapper.find('[role=alert]').exists()).toBe(true), { timeout: 5000 })
    expect(wrapper.get('[role=alert]').text()).toMatch(/未能识别：.*不是工作要点/)
    expect((wrapper.get('.import-source textarea').element as HTMLTextAreaElement).value).toBe(notice)
    expect(await db.plans.count()).toBe(0)
    wrapper.unmount()
  })
})
