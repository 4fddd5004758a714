import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import EventCheckin from './EventCheckin.vue'
import { tallyCheckins } from '../../../../shared/events'

const taps = (type: 'citizen' | 'media', n: number) => Array.from({ length: n }, () => ({ attendeeType: type, delta: 1 as const }))

function mountCounter(props: Partial<InstanceType<typeof EventCheckin>['$props']> = {}) {
  return mount(EventCheckin, { props: { tally: tallyCheckins([...taps('citizen', 3), ...taps('media', 1)]), invited: 30, onlineAudience: null, editable: true, ...props } })
}

const tile = (wrapper: ReturnType<typeof mountCounter>, label: string) => wrapper.findAll('.tile').find(t => t.text().includes(label))!

describe('EventCheckin', () => {
  it('shows each type\'s count and the total against the invited', () => {
    const wrapper = mountCounter()
    expect(wrapper.get('.checkin__total').text()).toContain('4 人')
    expect(wrapper.get('.checkin__total').text()).toContain('邀请 30 人')
    expect(tile(wrapper, '市民代表').get('.tile__count').text()).toBe('3')
    expect(wrapper.findAll('.tile')).toHaveLength(6)
  })

  it('emits +1 for a tap on a tile and -1 for its undo', async () => {
    const wrapper = mountCounter()
    await tile(wrapper, '媒体').get('.tile__add').trigger('click')
    await tile(wrapper, '市民代表').get('button[aria-label="撤销 −1：市民代表"]').trigger('click')
    expect(wrapper.emitted('tap')).toEqual([['media', 1], ['citizen', -1]])
  })

  it('names each tile by what it shows, for voice control', () => {
    const name = tile(mountCounter(), '市民代表').get('.tile__add').text().replace(/\s+/g, '')
    expect(name).toBe('市民代表3人+1')
  })

  it('offers no undo for a type nobody was counted in, and no taps at all when read-only', () => {
    expect(tile(mountCounter(), '专家学者').get('.tile__undo').attributes('disabled')).toBeDefined()
    const readOnly = mountCounter({ editable: false })
    expect(readOnly.findAll('.tile__add').every(button => button.attributes('disabled') !== undefined)).toBe(true)
    expect(readOnly.text()).toContain('只能查看签到情况')
  })

  it('adds the online audience of a live stream as a note', () => {
    expect(mountCounter({ onlineAudience: 120 }).text()).toContain('另有线上观看 120 人')
  })
})
