// One simulated phone for engine tests: the app's database emptied, an engine on a fake
// server, and a clock and timers the test moves by hand.
import type { EngineTimers, SyncEngineOptions } from '../../../src/app/sync/engine'
import { db } from '../../../src/app/db/database'
import { adoptSession } from '../../../src/app/db/identity'
import { saveProgress } from '../../../src/app/db/progressWrites'
import { createSyncApi, type SyncApi } from '../../../src/app/sync/api'
import { createSyncEngine } from '../../../src/app/sync/engine'
import { fakeSyncServer } from './fakeSyncServer'

export function manualTimers() {
  let clock = 1_700_000_000_000
  let nextId = 1
  const due = new Map<number, { at: number, run: () => void, every: number | null }>()
  const add = (run: () => void, ms: number, every: number | null) => {
    due.set(nextId, { at: clock + ms, run, every })
    return nextId++
  }
  const timers: EngineTimers = {
    setTimeout: (run, ms) => add(run, ms, null),
    clearTimeout: id => due.delete(id as number),
    setInterval: (run, ms) => add(run, ms, ms),
    clearInterval: id => due.delete(id as number),
  }
  return {
    timers,
    now: () => clock,
    /** Delays of the one-shot timers still waiting, from now. */
    waiting: () => [...due.values()].filter(t => t.every === null).map(t => t.at - clock),
    advance(ms: number) {
      const until = clock + ms
      for (;;) {
        const next = [...due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0]
        if (!next)
          break
        const [id, timer] = next
        clock = timer.at
        if (timer.every === null)
          due.delete(id)
        else
          timer.at += timer.every
        timer.run()
      }
      clock = until
    },
  }
}

export const subject = { unit: '区政府办公室', planId: 'p', taskId: 'p:1.1', subject: 'p:1.1#1' }
export const otherSubject = { ...subject, subject: 'p:1.1#2' }

export async function freshDevice(options: Partial<SyncEngineOptions> = {}) {
  await Promise.all(db.tables.map(t => t.clear()))
  const server = fakeSyncServer()
  const api = createSyncApi(server.fetch)
  const clock = manualTimers()
  const engine = createSyncEngine({ api, timers: clock.timers, now: clock.now, random: () => 0.5, yieldToPage: async () => {}, ...options })
  server.addUser('wang', 'pw-wang')
  server.addUser('li', 'pw-li', '区生态环境局')
  return { server, api, engine, clock }
}

export async function signIn(api: SyncApi, username: string) {
  return adoptSession(await api.login({ username, password: `pw-${username}` }))
}

/** Ticks a checklist item n times with different notes, as the app's repository does. */
export async function writeNotes(count: number, target = subject) {
  for (let i = 1; i <= count; i++)
    await saveProgress(target, { status: 'done', note: `note ${i}` })
}
