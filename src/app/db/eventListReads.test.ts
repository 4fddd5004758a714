import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from './database'
import { addCheckin } from './eventDayRepository'
import { type EventListFigures, observeAllEventFigures } from './eventListReads'
import { storeEvent, unit } from '../../../tests/helpers/app/eventFixtures'

const other = '区生态环境局'

/** Follows a live read, keeping its latest value. */
function follow(read: ReturnType<typeof observeAllEventFigures>) {
  let latest: EventListFigures | null = null
  const stop = read(value => (latest = value), (error) => {
    throw error
  })
  return { stop, latest: () => latest }
}

describe('the 活动 list\'s figures of every event', () => {
  beforeEach(() => Promise.all(db.tables.map(t => t.clear())))

  it('count a unit\'s own events\' check-ins only, and follow a new one', async () => {
    const mine = await storeEvent({ title: '开放日' })
    const quiet = await storeEvent({ title: '座谈会' })
    const theirs = await storeEvent({ title: '别的单位的活动', unit: other })
    await addCheckin(mine, 'citizen', 1, 'staff')
    await addCheckin(mine, 'media', 1, 'staff')
    // The phone served as another unit's kiosk too.
    await addCheckin(theirs, 'citizen', 1, 'staff')

    const read = follow(observeAllEventFigures(unit))
    await vi.waitFor(() => expect(read.latest()).not.toBeNull(), { timeout: 5000 })
    expect([...read.latest()!.eventIds].sort()).toEqual([mine.id, quiet.id].sort())
    expect([...read.latest()!.tallies.keys()]).toEqual([mine.id])
    expect(read.latest()!.tallies.get(mine.id)!.total).toBe(2)

    await addCheckin(quiet, 'citizen', 1, 'staff')
    await vi.waitFor(() => expect(read.latest()!.tallies.get(quiet.id)?.total).toBe(1), { timeout: 5000 })
    read.stop()
  })

  it('count every unit\'s check-ins for a coordinator', async () => {
    const mine = await storeEvent({ title: '开放日' })
    const theirs = await storeEvent({ title: '别的单位的活动', unit: other })
    await addCheckin(mine, 'citizen', 1, 'staff')
    await addCheckin(theirs, 'citizen', 1, 'staff')

    const read = follow(observeAllEventFigures(null))
    await vi.waitFor(() => expect(read.latest()).not.toBeNull(), { timeout: 5000 })
    expect([...read.latest()!.tallies.keys()].sort()).toEqual([mine.id, theirs.id].sort())
    read.stop()
  })
})
