import type { SessionUser } from '../../shared/api/auth'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../db/database'
import { adoptSession } from '../db/identity'
import { useSessionStore } from './session'

const user: SessionUser = { id: 'u-li', username: 'li', displayName: '李明', unit: '区数据局', role: 'staff' }

describe('the session store before the session is read', () => {
  beforeEach(async () => {
    await Promise.all(db.tables.map(table => table.clear()))
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('lays out for whoever was signed in last time, then for who is', async () => {
    await adoptSession({ token: 'token-li', expiresAt: Date.now() + 3_600_000, user })
    const first = useSessionStore()
    expect(first.probablySignedIn).toBe(false)
    await vi.waitFor(() => expect(first.loaded).toBe(true))
    expect(first.probablySignedIn).toBe(true)

    // The next start knows before IndexedDB answers.
    setActivePinia(createPinia())
    const next = useSessionStore()
    expect(next.loaded).toBe(false)
    expect(next.probablySignedIn).toBe(true)
    await vi.waitFor(() => expect(next.loaded).toBe(true))

    await next.signOut()
    setActivePinia(createPinia())
    expect(useSessionStore().probablySignedIn).toBe(false)
  })
})
