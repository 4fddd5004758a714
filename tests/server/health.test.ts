import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildApp } from '../../src/server/app'
import { migrateToLatest } from '../../src/server/db/migrations'
import { diskPhotoStorage } from '../../src/server/photos/storage'
import { createTestDatabase } from '../helpers/testDatabase'

describe('health and readiness', () => {
  it('is live at once, and ready only when every migration has run', async () => {
    const tdb = await createTestDatabase({ migrate: false })
    const app = await buildApp({ database: tdb.database, photos: diskPhotoStorage(join(tdb.dir, 'photos')) })
    try {
      expect((await app.inject({ method: 'GET', url: '/api/health' })).json()).toEqual({ status: 'ok' })
      const before = await app.inject({ method: 'GET', url: '/api/ready' })
      expect(before.statusCode).toBe(503)
      // Every migration is pending: the first three, hardening's (010–014) and the unit directory's (020).
      expect(before.json()).toMatchObject({ status: 'not_ready', pendingMigrations: ['001_initial', '002_feedback_and_public_links', '003_account_deactivation', '010_photo_citations', '011_client_sequences', '012_attempt_limits', '013_photo_bytes', '014_received_mutations', '020_unit_directory', '021_public_link_short_codes'] })

      await migrateToLatest(tdb.database.db)
      const after = await app.inject({ method: 'GET', url: '/api/ready' })
      expect(after.statusCode).toBe(200)
      expect(after.json()).toEqual({ status: 'ready', database: tdb.engine })
    }
    finally {
      await app.close()
      await tdb.drop()
    }
  })

  it('is not ready when the database cannot be reached', async () => {
    const tdb = await createTestDatabase()
    const app = await buildApp({ database: tdb.database, photos: diskPhotoStorage(join(tdb.dir, 'photos')) })
    try {
      await tdb.database.close()
      const response = await app.inject({ method: 'GET', url: '/api/ready' })
      expect(response.statusCode).toBe(503)
      expect(response.json().status).toBe('not_ready')
    }
    finally {
      await app.close()
      await tdb.drop()
    }
  })
})
