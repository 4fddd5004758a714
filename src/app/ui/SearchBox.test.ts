import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SearchBox from './SearchBox.vue'

function mountBox(modelValue = '') {
  const wrapper = mount(SearchBox, {
    props: { 'id': 'plan-search', 'placeholder': '搜索任务', modelValue, 'onUpdate:modelValue': (value: string) => wrapper.setProps({ modelValue: value }) },
    attachTo: document.body,
  })
  return wrapper
}

describe('SearchBox', () => {
  it('reports what is typed, and offers a clear icon while focused with text that empties it on a touch', async () => {
    const wrapper = mountBox()
    const input = wrapper.get<HTMLInputElement>('#plan-search')
    expect(input.attributes('type')).toBe('search')
    expect(input.attributes('placeholder')).toBe('搜索任务')
    await input.trigger('focus')
    expect(wrapper.find('.search-box__clear').exists()).toBe(false)
    await input.setValue('开放日')
    expect(wrapper.emitted('update:modelValue')).toEqual([['开放日']])
    await wrapper.get('.search-box__clear').trigger('touchstart')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([''])
    expect(input.element.value).toBe('')
    expect(wrapper.find('.search-box__clear').exists()).toBe(false)
    wrapper.unmount()
  })

  it('hides the clear icon when the box loses focus, and closes the keyboard on Enter', async () => {
    const wrapper = mountBox('留言板')
    const input = wrapper.get<HTMLInputElement>('#plan-search')
    input.element.focus()
    await input.trigger('focus')
    expect(wrapper.find('.search-box__clear').exists()).toBe(true)
    await input.trigger('keypress', { key: 'Enter' })
    expect(document.activeElement).not.toBe(input.element)
    await input.trigger('blur')
    expect(wrapper.find('.search-box__clear').exists()).toBe(false)
    wrapper.unmount()
  })
})
