import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import UnitPicker from './UnitPicker.vue'

const units = ['区政府办公室', '区数据局', '区生态环境局', '朱家角镇']

describe('choosing my unit', () => {
  it('narrows the list as a name is typed and reports the choice', async () => {
    const wrapper = mount(UnitPicker, { props: { units, current: null, show: true }, attachTo: document.body })
    const options = () => document.body.querySelectorAll<HTMLButtonElement>('.unit-picker__option')
    expect(options()).toHaveLength(4)
    const search = document.body.querySelector<HTMLInputElement>('#unit-search')!
    search.value = '数据'
    search.dispatchEvent(new Event('input'))
    await wrapper.vm.$nextTick()
    expect([...options()].map(o => o.textContent?.trim())).toEqual(['区数据局'])
    options()[0].click()
    expect(wrapper.emitted('choose')).toEqual([['区数据局']])
    expect(wrapper.emitted('update:show')).toEqual([[false]])
    wrapper.unmount()
  })

  it('marks the current unit', () => {
    const wrapper = mount(UnitPicker, { props: { units, current: '朱家角镇', show: true }, attachTo: document.body })
    const pressed = [...document.body.querySelectorAll('.unit-picker__option[aria-pressed=true]')].map(o => o.textContent?.trim())
    expect(pressed).toEqual(['朱家角镇'])
    wrapper.unmount()
  })
})
