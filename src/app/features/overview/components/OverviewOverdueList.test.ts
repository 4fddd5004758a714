import { describe, expect, it } from 'vitest'
import OverviewOverdueList from './OverviewOverdueList.vue'
import { fixtureTasks } from '../../../../../tests/helpers/app/plans'
import { mountWithApp } from '../../../../../tests/helpers/app/mountWithApp'

const [task] = fixtureTasks()
const units = ['区政府办公室', '区数据局', '朱家角镇', '夏阳街道', '赵巷镇', '区财政局']
const overdue = Array.from({ length: 45 }, (_, i) => ({ task: { ...task, id: `${task.id}-${i}`, due: '2024-06-30' }, behind: units.slice(0, 1 + (i % 6)), since: '2024-06-30' }))

describe('the overdue list', () => {
  it('names up to four units behind and counts the rest', async () => {
    const { wrapper } = await mountWithApp(OverviewOverdueList, { overdue, contextOf: () => '2024 青浦区', today: '2024-07-10' })
    const items = wrapper.findAll('.overdue-list__item')
    expect(items[0].text()).toContain('未完成：区政府办公室')
    expect(items[0].text()).toContain('已逾期 10 天')
    expect(items[3].text()).toContain('未完成：区政府办公室、区数据局、朱家角镇、夏阳街道')
    expect(items[4].text()).toContain('未完成：区政府办公室、区数据局、朱家角镇、夏阳街道 等 5 个单位')
  })

  it('grows a page at a time, so a long list never renders all at once', async () => {
    const { wrapper } = await mountWithApp(OverviewOverdueList, { overdue, contextOf: () => '', today: '2024-07-10' })
    expect(wrapper.findAll('.overdue-list__item')).toHaveLength(30)
    await wrapper.get('.show-more').trigger('click')
    expect(wrapper.findAll('.overdue-list__item')).toHaveLength(45)
    expect(wrapper.find('.show-more').exists()).toBe(false)
  })
})
