import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TaskCounter from './TaskCounter.vue'

describe('TaskCounter', () => {
  it('counts up and down with buttons named after the target', async () => {
    const wrapper = mount(TaskCounter, { props: { value: 2, label: '不得少于3次' } })
    const [down, up] = wrapper.findAll('button')
    expect(up.attributes('aria-label')).toBe('不得少于3次：加一')
    await up.trigger('click')
    await down.trigger('click')
    expect(wrapper.emitted('change')).toEqual([[3], [1]])
  })

  it('does not go below zero', () => {
    const wrapper = mount(TaskCounter, { props: { value: 0, label: '次数' } })
    expect(wrapper.findAll('button')[0].attributes('disabled')).toBeDefined()
  })
})
