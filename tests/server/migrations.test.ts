// Upgrading a database an older release left: items closed with contact details join the
// erasure queue, existing accounts keep working (no forced password change, none switched off).
import { describe, expect, it } from 'vitest'
import { findUserById } from '../../src/server/auth/users'
import { migrateToLatest, migrateUpTo } from '../../src/server/db/migrations'
import { feedbackItem, move } from '../helpers/serverFeedback'
import { createTestDatabase } from '../helpers/testDatabase'

describe('migration 002', () => {
  it('queues existing closed items with contact details and leaves other rows alone', async () => {
    const tdb = await createTestDatabase({ migrate: false })
    try {
      const db = tdb.database.db
      await migrateUpTo(db, '001_initial')
      const open = feedbackItem('区生态环境局')
      const replied = { ...open, id: crypto.randomUUID(), ...move(open, { to: 'replied', reply: '已答复', repliedOn: open.receivedOn }) }
      const closed = { ...replied, ...move(replied, { to: 'withheld', reason: '涉及个人隐私' }, 1_700_000_000_000) }
      const rows = [open, closed].map((data, i) => ({ entity: 'feedback', id: data.id, version: i + 1, deleted: 0, data: JSON.stringify(data), stamps: '{}', updated_at: 0 }))
      await db.insertInto('records').values(rows).execute()
      await db.insertInto('users').values({ id: 'u1', username: 'old', display_name: '老用户', unit: '区生态环境局', role: 'staff', password_hash: 'x', created_at: 0 } as never).execute()

      await migrateToLatest(db)
      expect(await db.selectFrom('contact_erasure_queue').selectAll().execute()).toEqual([{ record_id: closed.id, closed_at: 1_700_000_000_000 }])
      expect(await db.selectFrom('users').select('must_change_password').execute()).toEqual([{ must_change_password: 0 }])
    }
    finally {
      await tdb.drop()
    }
  })
})

describe('migration 003', () => {
  it('leaves every existing account active, and can be undone', async () => {
    const tdb = await createTestDatabase({ migrate: false })
    try {
      const db = tdb.database.db
      await migrateUpTo(db, '002_feedback_and_public_links')
      await db.insertInto('users').values({ id: 'u1', username: 'old', display_name: '老用户', unit: '区生态环境局', role: 'coordinator', password_hash: 'x', created_at: 0, must_change_password: 0 } as never).execute()
      await migrateToLatest(db)
      expect(await findUserById(db, 'u1')).toMatchObject({ active: true, deactivatedAt: null })
      await migrateUpTo(db, '002_feedback_and_public_links')
      expect(await db.selectFrom('users').select('username').execute()).toEqual([{ username: 'old' }])
    }
    finally {
      await tdb.drop()
    }
  })
})
