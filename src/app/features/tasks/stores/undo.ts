import type { ProgressStatus } from '../../../../shared/records/progress'
import type { ProgressSubject, ProgressWrite } from '../../../db/progressWrites'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { saveProgress } from '../../../db/progressWrites'

export interface UndoableTick {
  target: ProgressSubject
  before: ProgressStatus
  after: ProgressStatus
  /** The checklist item's text, to say what would be undone. */
  label: string
}

/**
 * The last tick, so a mis-tap can be taken back. Undo is itself a saved change (it goes
 * through the outbox like the tick did), so both phones and the server see the same history.
 */
export const useUndoStore = defineStore('undo', () => {
  const last = shallowRef<UndoableTick | null>(null)

  function remember(tick: UndoableTick) {
    last.value = tick
  }

  function forget() {
    last.value = null
  }

  async function undo(): Promise<ProgressWrite | undefined> {
    const tick = last.value
    if (!tick)
      return undefined
    const write = await saveProgress(tick.target, { status: tick.before })
    last.value = null
    return write
  }

  return { last, remember, forget, undo }
})

if (import.meta.hot)
  import.meta.hot.accept(acceptHMRUpdate(useUndoStore, import.meta.hot))
