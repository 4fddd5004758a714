import { describe, expect, it } from 'vitest'
import { referralUnitsOf } from './referralUnits'

const tasks = [
  { planId: 'qingpu', units: ['区政府办公室', '区数据局'] },
  { planId: 'qingpu', units: ['区民政局'] },
  { planId: 'songjiang', units: ['松江区民政局'] },
]
const ordered = ['区数据局', '区民政局', '区政府办公室', '松江区民政局']

describe('units an item may be referred to', () => {
  it('are the units of my organization\'s plans, without the item\'s unit and current holder', () => {
    expect(referralUnitsOf(tasks, ordered, '区政府办公室', ['区政府办公室', null])).toEqual(['区数据局', '区民政局'])
    expect(referralUnitsOf(tasks, ordered, '区政府办公室', ['区政府办公室', '区民政局'])).toEqual(['区数据局'])
  })

  it('are every unit on the device when no plan names mine', () => {
    expect(referralUnitsOf(tasks, ordered, null, [])).toEqual(ordered)
  })
})
