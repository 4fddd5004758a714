import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TaskChecklistItem from './TaskChecklistItem.vue'
import { qingpu2024 } from '../../../../../tests/helpers/app/plans'

const item = qingpu2024.tasks[0].checklist[0]

function mountItem(props: Partial<InstanceType<typeof TaskChecklistItem>['$props']> = {}) {
  return mount(TaskChecklistItem, {
    props: { item, number: 1, status: 'todo', recorded: 0, editable: true, overdue: false, ...props },
    slots: { default: '<p class="record">记录区</p>' },
  })
}

describe('TaskChecklistItem', () => {
  it('is a checkbox named by the item text', () => {
    const wrapper = mountItem()
    const labelId = wrapper.get('input[type=checkbox]').attributes('aria-labelledby')
    expect(wrapper.get(`[id="${labelId}"]`).text()).toBe(`1. ${item.text}`)
  })

  it('ticks a not-started item to done and a done item back to not started', async () => {
    const todo = mountItem()
    await todo.get('input[type=checkbox]').trigger('change')
    expect(todo.emitted('status')).toEqual([['done']])

    const done = mountItem({ status: 'done' })
    expect((done.get('input[type=checkbox]').element as HTMLInputElement).checked).toBe(true)
    await done.get('input[type=checkbox]').trigger('change')
    expect(done.emitted('status')).toEqual([['todo']])
  })

  it('flags its own deadline once passed, and shows it plainly otherwise', () => {
    const due = { ...item, due: '2024-03-31' }
    expect(mountItem({ item: due }).get('.check-item__meta').text()).toContain('2024-03-31 到期')
    const late = mountItem({ item: due, overdue: true }).get('.check-item__overdue')
    expect(late.text()).toBe('已逾期 2024-03-31')
  })

  it('completes a partly done item and shows it as mixed', async () => {
    const partial = mountItem({ status: 'partial' })
    expect((partial.get('input[type=checkbox]').element as HTMLInputElement).indeterminate).toBe(true)
    expect(partial.text()).toContain('部分完成')
    await partial.get('input[type=checkbox]').trigger('change')
    expect(partial.emitted('status')).toEqual([['done']])
  })

  it('cannot be ticked when the unit may not edit it', () => {
    expect(mountItem({ editable: false }).get('input[type=checkbox]').attributes('disabled')).toBeDefined()
  })

  it('opens the record area on demand and says how much is recorded', async () => {
    const wrapper = mountItem({ recorded: 2 })
    const more = wrapper.get('button.check-item__more')
    expect(more.text()).toBe('记录情况（2）')
    expect(wrapper.find('.record').exists()).toBe(false)
    await more.trigger('click')
    expect(more.attributes('aria-expanded')).toBe('true')
    expect(wrapper.find('.record').exists()).toBe(true)
  })
})
