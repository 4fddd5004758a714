import { describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { afterPaint } from './afterPaint'

describe('afterPaint', () => {
  it('turns true only after the frame in which the main content showed, and stays true', async () => {
    const shown = ref(false)
    const later = afterPaint(shown)
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(later.value, 'nothing shown yet: the secondary parts wait').toBe(false)

    shown.value = true
    await nextTick()
    expect(later.value, 'not in the same task as the main content').toBe(false)
    await vi.waitFor(() => expect(later.value).toBe(true), { timeout: 5000 })

    shown.value = false
    await nextTick()
    expect(later.value).toBe(true)
  })
})
