// What "converged" means, checked against the server's own tables: the state last-writer-wins
// predicts, every write either current or kept once in history, and each phone holding
// exactly what its user may see.
import { expect } from 'vitest'
import type { ServerUnderTest } from './serverUnderTest'
import type { SimulatedPhone } from './simulatedPhone'
import type { WriteLog } from './writeLog'
import { readSession } from '../../src/app/db/identity'

async function storedRecords(server: ServerUnderTest) {
  const rows = await server.tdb.database.db.selectFrom('records').selectAll().where('version', '>', 0).execute()
  return new Map(rows.map(r => [`${r.entity}|${r.id}`, { data: JSON.parse(r.data), stamps: JSON.parse(r.stamps), deleted: Number(r.deleted) === 1 }]))
}

/** Everything the phone's user may see now, straight from the server. */
async function visibleTo(phone: SimulatedPhone): Promise<Map<string, Record<string, unknown>>> {
  const { token } = (await readSession(phone.db))!
  const visible = new Map<string, Record<string, unknown>>()
  let cursor = '0'
  for (let more = true; more;) {
    const page = await phone.api.pull(token, cursor, 1000)
    for (const change of page.changes) {
      const key = `${change.entity}|${change.id}`
      if (change.entity === 'plan')
        continue
      if (change.deleted || !change.data)
        visible.delete(key)
      else
        visible.set(key, change.data)
    }
    cursor = page.cursor
    more = page.more
  }
  return visible
}

export async function checkConvergence(server: ServerUnderTest, phones: SimulatedPhone[], log: WriteLog): Promise<void> {
  const db = server.tdb.database.db
  for (const phone of phones)
    expect(await phone.db.outbox.toArray(), `${phone.name} still has queued or refused changes`).toEqual([])

  const stored = await storedRecords(server)
  const winners = log.winners()
  for (const [recordId, fields] of winners) {
    const record = stored.get(`progress|${recordId}`)
    for (const [field, winner] of fields) {
      expect(record?.data[field], `${recordId}.${field}`).toEqual(winner.value)
      expect(record?.stamps[field], `${recordId}.${field} stamp`).toEqual(winner.stamp)
    }
  }

  // Notes and counts are unique per write, so (record, field, stamp, value) names one write.
  const history = (await db.selectFrom('record_history').selectAll().where('entity', '=', 'progress').execute())
    .filter(h => h.field !== 'status')
  const keyOf = (recordId: string, field: string, t: number, c: string, value: unknown) => `${recordId}|${field}|${t}|${c}|${JSON.stringify(value)}`
  const lost = new Set(history.map(h => keyOf(h.record_id, h.field, h.stamp_t, h.stamp_c, JSON.parse(h.value))))
  expect(lost.size, 'a write was recorded as lost twice: applied twice').toBe(history.length)
  for (const write of log.fieldWrites) {
    if (write.field === 'status')
      continue // three values repeat, and a write equal to the value it meets leaves no history
    const won = winners.get(write.recordId)!.get(write.field) === write
    const key = keyOf(write.recordId, write.field, write.stamp.t, write.stamp.c, write.value)
    expect(won || lost.has(key), `write ${key} neither won nor was kept in history`).toBe(true)
  }

  const liveEvidence = [...stored].filter(([key, r]) => key.startsWith('evidence|') && !r.deleted).map(([key]) => key.slice('evidence|'.length)).sort()
  expect(liveEvidence).toEqual(log.liveEvidence())
  for (const [sha256, bytes] of log.photos)
    expect(new Uint8Array((await server.photos.get(sha256)) ?? []), `photo ${sha256}`).toEqual(bytes)

  const clients = await db.selectFrom('clients').select(['client_id', 'last_seq']).execute()
  for (const phone of phones) {
    const lastSeq = (await phone.db.meta.get(`seq:${phone.clientId}`))?.value
    expect(clients.find(c => c.client_id === phone.clientId)?.last_seq, `${phone.name} last sequence`).toBe(lastSeq)
    expect(await phone.localRecords(), `${phone.name} holds what its user may see`).toEqual(await visibleTo(phone))
  }
  expect(await db.selectFrom('rejections').selectAll().execute()).toEqual([])
}
