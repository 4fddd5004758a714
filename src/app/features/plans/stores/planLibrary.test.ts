import type { DirectoryNode } from '../../../../shared/units/directory/node'
import type { PlanRecord } from '../../../../shared/records/plan'
import { createPinia, setActivePinia } from 'pinia'
import { watch } from 'vue'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import bundledPlans from 'virtual:seed-plans'
import { usePlanLibraryStore } from './planLibrary'
import { usePlanYearsStore } from './planYears'
import { useDirectory } from '../../directory'
import { saveDirectory } from '../../../db/directoryRepository'
import { planIdOf, taskIdOf } from '../../../../shared/plan/identity'
import directoryDocument from '../../../../../seeds/directory.json'
import { qingpu2024 } from '../../../../../tests/helpers/app/plans'
import { resetDevice } from '../../../../../tests/helpers/app/mountApp'

const title2023 = '2023年青浦区政务公开工作要点'
const qingpu2023: PlanRecord = { ...qingpu2024, title: title2023, year: 2023, id: planIdOf({ year: 2023, issuer: '青浦区', title: title2023 }) }

/** What the library holds at the moment it first says the opening year is in. */
function whenYearReady(library: ReturnType<typeof usePlanLibraryStore>) {
  return new Promise<{ planYears: number[], focusYear: number, ready: boolean }>((resolve) => {
    watch(() => library.yearReady, isReady => isReady && resolve({
      planYears: library.plans.map(plan => plan.year).sort(),
      focusYear: usePlanYearsStore().focusYear,
      ready: library.ready,
    }), { immediate: true })
  })
}

describe('the plan library on the device', () => {
  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2024, 11, 15) })
  })
  afterAll(() => vi.useRealTimers())

  it('holds the year screens open on before it reads the other years, then every year', async () => {
    await resetDevice([qingpu2024, qingpu2023])
    setActivePinia(createPinia())
    const library = usePlanLibraryStore()
    expect(await whenYearReady(library)).toEqual({ planYears: [2024], focusYear: 2024, ready: false })
    await vi.waitFor(() => expect(library.ready).toBe(true), { timeout: 5000 })
    expect(library.plans.map(plan => plan.year).sort()).toEqual([2023, 2024])
    // A task page of a past year finds its task once the whole library is in.
    expect(library.taskById.has(taskIdOf(qingpu2023.id, qingpu2023.tasks[0]))).toBe(true)
  })

  it('waits for every year when none of the opening year\'s plans reaches my organization', async () => {
    // The city bureau's plans are 2023's and 2020's; 2024's, read first, are the district's.
    await resetDevice(bundledPlans)
    await saveDirectory({ version: 1, unitId: '上海市生态环境局/局办公室', organizationId: '上海市生态环境局', nodes: directoryDocument.nodes as DirectoryNode[] }, 'city')
    setActivePinia(createPinia())
    const { organizationId } = useDirectory()
    await vi.waitFor(() => expect(organizationId.value).toBe('上海市生态环境局'), { timeout: 5000 })
    const library = usePlanLibraryStore()
    expect(await whenYearReady(library)).toEqual({ planYears: [2020, 2023], focusYear: 2023, ready: true })
  })
})
