// The year's report of open days: which years it offers to go to.
import { setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { shanghaiYear } from '../../../shared/calendar'
import { shanghaiInstant } from '../../../shared/calendar/clock'
import { qingpu2024 } from '../../../../tests/helpers/app/plans'
import { createPinia, mountApp, resetDevice } from '../../../../tests/helpers/app/mountApp'
import { signInAs, storeEvent } from '../../../../tests/helpers/app/eventFixtures'

const pinia = createPinia()
const thisYear = shanghaiYear()

async function openReport(year: number) {
  const mounted = await mountApp(pinia, `/events/annual/${year}`)
  await vi.waitFor(() => expect(mounted.wrapper.find('.year-report__cover').exists()).toBe(true), { timeout: 5000 })
  return mounted
}

const yearLinks = (wrapper: Awaited<ReturnType<typeof openReport>>['wrapper']) =>
  wrapper.findAll('.year-report__years a').map(link => link.text())

describe('the year report', () => {
  beforeAll(() => setActivePinia(pinia))
  beforeEach(async () => {
    await resetDevice([qingpu2024])
    await signInAs('coordinator')
  })

  it('offers the year before and, for a past year, the one after', async () => {
    const { wrapper } = await openReport(thisYear - 1)
    expect(yearLinks(wrapper)).toEqual([`${thisYear - 2}年`, `${thisYear}年`])
    wrapper.unmount()
  })

  it('offers no year to come without an open day planned in it', async () => {
    const { wrapper } = await openReport(thisYear)
    expect(yearLinks(wrapper)).toEqual([`${thisYear - 1}年`])
    wrapper.unmount()
  })

  it('offers next year once an open day is planned in it', async () => {
    const startsAt = shanghaiInstant(`${thisYear + 1}-01-15`, '10:00')!
    await storeEvent({ startsAt, endsAt: startsAt + 7_200_000 })
    const { wrapper } = await openReport(thisYear)
    await vi.waitFor(() => expect(yearLinks(wrapper)).toEqual([`${thisYear - 1}年`, `${thisYear + 1}年`]), { timeout: 5000 })
    wrapper.unmount()
  })
})
