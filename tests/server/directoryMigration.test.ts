// Upgrading a database the release before the unit directory wrote (tests/helpers/previousVersionDatabase.ts):
// accounts move onto directory nodes, plans get their owner, and everyone keeps reading what they read.
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LoginResponse } from '../../src/shared/api/auth'
import type { PullResponse } from '../../src/shared/sync/protocol'
import { buildApp } from '../../src/server/app'
import { loadSeedDirectory } from '../../src/server/bootstrap/seedDirectory'
import { assignPlanOwners } from '../../src/server/bootstrap/seedPlans'
import { mapLegacyAccountUnits } from '../../src/server/directory/accountUnits'
import { loadDirectoryNodes } from '../../src/server/directory/store'
import { migrateToLatest } from '../../src/server/db/migrations'
import { diskPhotoStorage } from '../../src/server/photos/storage'
import { PlanCatalog } from '../../src/server/sync/planCatalog'
import { previousPassword, previousPlan, previousProgressId, writePreviousVersionDatabase } from '../helpers/previousVersionDatabase'
import { createTestDatabase } from '../helpers/testDatabase'

describe('migration 020 and the start after it', () => {
  it('maps accounts to nodes, gives plans owners and keeps every reader reading', async () => {
    const tdb = await createTestDatabase({ migrate: false })
    try {
      const db = tdb.database.db
      await writePreviousVersionDatabase(db)
      await migrateToLatest(db)
      expect(await db.selectFrom('record_access').select('reader').where('record_id', '=', previousProgressId).orderBy('reader').execute())
        .toEqual([{ reader: `plan:${previousPlan.id}` }, { reader: `task:${previousPlan.id}:1.1` }, { reader: 'unit:区数据局' }])

      expect(await loadSeedDirectory(db, 'seeds', Date.now())).toBeGreaterThan(50)
      const moved = await mapLegacyAccountUnits(db, Date.now())
      expect(moved).toEqual(expect.arrayContaining([
        { userId: 'u-office', from: '区府办', to: '区政府办公室' },
        { userId: 'u-odd', from: '区老干部局', to: '区老干部局' },
      ]))
      expect(moved.map(m => m.userId)).not.toContain('u-data')
      // A unit no directory entry answered to becomes a node of the first organization, not a lost account.
      expect((await loadDirectoryNodes(db)).find(n => n.id === '区老干部局')).toMatchObject({ parentId: '青浦区人民政府', kind: 'department' })
      expect((await assignPlanOwners(db, new PlanCatalog(), Date.now())).written).toEqual([previousPlan.id])
      expect(await loadSeedDirectory(db, 'seeds', Date.now())).toBe(0)
      expect(await mapLegacyAccountUnits(db, Date.now())).toEqual([])

      const app = await buildApp({ database: tdb.database, photos: diskPhotoStorage(join(tdb.dir, 'photos')) })
      try {
        const pull = async (username: string) => {
          const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: previousPassword } })
          const { token, user } = login.json() as LoginResponse
          const response = await app.inject({ method: 'GET', url: '/api/sync/pull?cursor=0&limit=1000', headers: { authorization: `Bearer ${token}` } })
          return { user, changes: (response.json() as PullResponse).changes }
        }
        const admin = await pull('old-admin')
        expect(admin.user.unit).toBe('区政府办公室')
        expect(admin.changes.find(c => c.id === previousPlan.id)?.data).toMatchObject({ owner: '青浦区人民政府', unitMap: { 区数据局: '区数据局' } })
        expect(admin.changes.some(c => c.id === previousProgressId)).toBe(true)
        const data = await pull('old-data')
        expect(data.changes.map(c => c.id).sort()).toEqual([previousPlan.id, previousProgressId].sort())
      }
      finally {
        await app.close()
      }
    }
    finally {
      await tdb.drop()
    }
  })
})
