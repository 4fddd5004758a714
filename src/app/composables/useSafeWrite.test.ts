import { describe, expect, it } from 'vitest'
import { useSafeWrite } from './useSafeWrite'

describe('a safe write', () => {
  it('saves once however often it is tapped while its checks are still loading', async () => {
    const { exclusively, run, saving } = useSafeWrite()
    let checksLoaded!: () => void
    const checks = new Promise<void>(resolve => (checksLoaded = resolve))
    let writes = 0
    const save = () => exclusively(async () => {
      await checks
      return (await run(async () => ++writes)) ?? null
    })

    const first = save()
    expect(saving.value).toBe(true)
    expect(await save()).toBeNull()
    checksLoaded()
    expect(await first).toBe(1)
    expect(writes).toBe(1)
    expect(saving.value).toBe(false)
    expect(await save()).toBe(2)
  })
})
