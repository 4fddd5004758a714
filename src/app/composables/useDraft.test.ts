import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { draftPrefix } from './draftKeys'
import { useDraft } from './useDraft'

describe('an autosaved draft', () => {
  beforeEach(() => localStorage.clear())

  it('is kept as typed, put back when the form opens again, and removed once saved', async () => {
    const saved = ref('')
    const note = ref('')
    useDraft('note:1', note, () => note.value !== saved.value)
    note.value = '现场来了 40 人'
    await nextTick()
    expect(localStorage.getItem(`${draftPrefix}note:1`)).toBe('"现场来了 40 人"')

    const reopened = ref('')
    const draft = useDraft('note:1', reopened, () => reopened.value !== '')
    expect(reopened.value).toBe('现场来了 40 人')
    expect(draft.restored.value).toBe(true)

    saved.value = note.value
    await nextTick()
    expect(localStorage.getItem(`${draftPrefix}note:1`)).toBeNull()
  })

  it('does not overwrite what the form already holds', () => {
    localStorage.setItem(`${draftPrefix}note:2`, '"old draft"')
    const note = ref('typed now')
    useDraft('note:2', note, () => note.value !== '')
    expect(note.value).toBe('typed now')
  })
})
