import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SegmentedChoice from './SegmentedChoice.vue'

describe('SegmentedChoice', () => {
  it('is a group of native radios that reports the choice', async () => {
    const wrapper = mount(SegmentedChoice, {
      props: { modelValue: 'todo', legend: '完成状态', options: [{ value: 'todo', label: '未开始' }, { value: 'done', label: '已完成' }] },
    })
    expect(wrapper.get('legend').text()).toBe('完成状态')
    const radios = wrapper.findAll('input[type=radio]')
    expect((radios[0].element as HTMLInputElement).checked).toBe(true)
    await radios[1].trigger('change')
    expect(wrapper.emitted('update:modelValue')).toEqual([['done']])
  })
})
