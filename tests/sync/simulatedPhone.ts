// One phone in the convergence test: its own IndexedDB (fake-indexeddb), the app's real sync
// engine, and writes made the way the app's repositories make them, each logged for the oracle.
import { createHash } from 'node:crypto'
import type { PhotoRef } from '../../src/shared/records/evidence'
import type { SessionUser } from '../../src/shared/api/auth'
import type { EvidenceRow, ProgressRow } from '../../src/app/db/schema'
import type { WriteLog } from './writeLog'
import { AppDB } from '../../src/app/db/database'
import { adoptSession } from '../../src/app/db/identity'
import { transactWithOutbox } from '../../src/app/db/outbox'
import { createSyncApi, type FetchLike } from '../../src/app/sync/api'
import { createSyncEngine, type SyncEngine } from '../../src/app/sync/engine'
import { uuidv7 } from '../../src/shared/ids'
import { progressDefaults, progressIdOf } from '../../src/shared/records/progress'

export interface Subject {
  unit: string
  planId: string
  taskId: string
  subject: string
}

// The test drives every sync itself: retries scheduled by the engine would race the checks.
const noTimers = { setTimeout: () => 0, clearTimeout: () => {}, setInterval: () => 0, clearInterval: () => {} }

export class SimulatedPhone {
  readonly db: AppDB
  readonly engine: SyncEngine
  readonly api
  clientId = ''
  user: SessionUser | null = null

  constructor(readonly name: string, readonly skewMs: number, fetch: FetchLike, serverTime: () => number, private readonly log: WriteLog) {
    this.db = new AppDB(`phone-${name}-${uuidv7()}`)
    this.api = createSyncApi(fetch, 'http://server.test')
    this.engine = createSyncEngine({
      api: this.api,
      database: this.db,
      lockName: `sync-${this.db.name}`,
      now: () => serverTime() + skewMs,
      timers: noTimers,
      batchSize: 7,
      pullLimit: 25,
      yieldToPage: () => new Promise(resolve => setImmediate(resolve)),
    })
  }

  async signIn(username: string, password: string): Promise<void> {
    const login = await this.api.login({ username, password })
    this.clientId = (await adoptSession(login, this.db)).clientId
    this.user = login.user
  }

  /** What saveProgress does in the app, on this phone's database; `at` is the phone's clock. */
  async patchProgress(target: Subject, change: Partial<Pick<ProgressRow, 'status' | 'note' | 'count'>>, trueTime: number): Promise<void> {
    const id = progressIdOf(target.unit, target.subject)
    const entry = await transactWithOutbox([this.db.progress], async (enqueue) => {
      const before = await this.db.progress.get(id)
      await this.db.progress.put({ ...progressDefaults, ...before, ...target, ...change, id })
      return enqueue('progress', id, 'patch', { ...target, ...change })
    })
    this.log.progress(id, change, { t: trueTime, c: this.clientId, s: entry.seq })
  }

  async addEvidence(target: Subject, kind: 'photo' | 'link', n: number): Promise<void> {
    let photo: PhotoRef | null = null
    let bytes: Uint8Array<ArrayBuffer> | null = null
    if (kind === 'photo') {
      // A PNG signature and a header declaring 1×1 pixels are all the server reads (type, size);
      // the rest makes the hash unique.
      const header = [0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0, 0, 0, 0]
      bytes = new Uint8Array([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ...header, ...new TextEncoder().encode(`${this.name}-${n}-${uuidv7()}`)])
      photo = { sha256: createHash('sha256').update(bytes).digest('hex'), mime: 'image/png', width: 1, height: 1, bytes: bytes.length }
    }
    const record: EvidenceRow = {
      id: uuidv7(),
      ...target,
      kind,
      photo,
      url: kind === 'link' ? `https://www.example.gov.cn/gk/${this.name}/${n}.html` : null,
      caption: `${this.name} 第${n}份材料`,
      createdAt: Date.now(),
      createdBy: this.user!.username,
    }
    await transactWithOutbox([this.db.evidence, this.db.photos], async (enqueue) => {
      if (photo && bytes)
        await this.db.photos.put({ ...photo, blob: new Blob([bytes]), thumb: new Blob([bytes]), uploaded: 0 })
      await this.db.evidence.add(record)
      await enqueue('evidence', record.id, 'put', record)
    })
    this.log.evidenceCreated.add(record.id)
    if (photo && bytes)
      this.log.photos.set(photo.sha256, bytes)
  }

  async removeEvidence(id: string): Promise<void> {
    await transactWithOutbox([this.db.evidence], async (enqueue) => {
      await this.db.evidence.delete(id)
      await enqueue('evidence', id, 'delete', {})
    })
    this.log.evidenceDeleted.add(id)
  }

  async localRecords(): Promise<Map<string, Record<string, unknown>>> {
    const rows: Array<[string, Record<string, unknown>]> = [
      ...(await this.db.progress.toArray()).map(row => [`progress|${row.id}`, row] as [string, ProgressRow]),
      ...(await this.db.evidence.toArray()).map(row => [`evidence|${row.id}`, row] as [string, EvidenceRow]),
    ]
    return new Map(rows)
  }
}
