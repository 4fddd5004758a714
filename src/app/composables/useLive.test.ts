import Dexie, { type EntityTable } from 'dexie'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { effectScope, ref } from 'vue'
import { live } from '../db/live'
import { useLive } from './useLive'

interface Note { id: string, unit: string }

const db = new Dexie('useLive-test') as Dexie & { notes: EntityTable<Note, 'id'> }
db.version(1).stores({ notes: 'id, unit' })

const notesOf = (unit: string) => live(() => db.notes.where('unit').equals(unit).primaryKeys())

/** Runs the composable in a scope, as a component would, so the test can end it. */
function inScope<T>(run: () => T) {
  const scope = effectScope()
  return { value: scope.run(run)!, stop: () => scope.stop() }
}

describe('useLive', () => {
  afterAll(() => db.delete())

  it('reads now and again after a write, follows its reactive input and lets go when its scope ends', async () => {
    await db.notes.bulkPut([{ id: 'a', unit: '区数据局' }, { id: 'b', unit: '区民政局' }])
    const unit = ref('区数据局')
    const { value: notes, stop } = inScope(() => useLive(() => notesOf(unit.value), [] as string[]))
    expect(notes.loading.value).toBe(true)
    await vi.waitFor(() => expect(notes.data.value).toEqual(['a']))
    expect(notes.loading.value).toBe(false)

    await db.notes.put({ id: 'c', unit: '区数据局' })
    await vi.waitFor(() => expect(notes.data.value).toEqual(['a', 'c']))

    unit.value = '区民政局'
    await vi.waitFor(() => expect(notes.data.value).toEqual(['b']))

    stop()
    await db.notes.put({ id: 'd', unit: '区民政局' })
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(notes.data.value).toEqual(['b'])
  })

  it('keeps and logs a failed read, and reads again on retry', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    let table = 'missing'
    const { value: notes, stop } = inScope(() => useLive(() => live(() => db.table(table).count()), -1))
    await vi.waitFor(() => expect(notes.error.value).toBeInstanceOf(Error))
    expect((notes.error.value as Error).name).toBe('InvalidTableError')
    expect(notes.loading.value).toBe(false)
    expect(notes.data.value).toBe(-1)
    expect(logged).toHaveBeenCalledWith(expect.any(String), notes.error.value)

    // A failed live read stops watching: a write does not bring it back, a retry does.
    table = 'notes'
    await db.notes.put({ id: 'e', unit: '区文旅局' })
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(notes.data.value).toBe(-1)
    const count = await db.notes.count()
    notes.retry()
    expect(notes.loading.value).toBe(true)
    await vi.waitFor(() => expect(notes.data.value).toBe(count))
    expect(notes.error.value).toBeNull()
    stop()
    logged.mockRestore()
  })

  it('reads nothing while the source has nothing to read', async () => {
    const unit = ref<string | null>(null)
    const { value: notes, stop } = inScope(() => useLive(() => unit.value ? notesOf(unit.value) : null, ['none']))
    expect(notes.loading.value).toBe(false)
    expect(notes.data.value).toEqual(['none'])
    unit.value = '区数据局'
    await vi.waitFor(() => expect(notes.data.value).toEqual(['a', 'c']))
    unit.value = null
    await vi.waitFor(() => expect(notes.data.value).toEqual(['none']))
    stop()
  })
})
