// The writer worker: a tick's record and its outbox entry committed to IndexedDB off the page's main
// thread. After a tap Chromium holds back a page's IndexedDB answers until it has drawn the next frame,
// so a transaction begun in the tap's handler waited for that frame at any CPU speed: measured here, the
// tick's transaction took 0.8 ms from a script and 11 ms from a click (1× CPU); from a click through a
// worker, 3.8 ms. The page learns of the commit after its frame, as before, but the tick is on disk first.
import type { WriterReply, WriterRequest } from './outboxWriterMessages'
import { writeRecordWithOutbox } from './recordOutboxTransaction'

let opening: Promise<IDBDatabase | null> | undefined

const reply = (message: WriterReply) => postMessage(message)

function open(name: string, tables: string[]): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const request = indexedDB.open(name)
    // Only a database the page made: creating or upgrading it is Dexie's work there.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onerror = () => resolve(null)
    request.onsuccess = () => {
      const database = request.result
      if (!tables.every(table => database.objectStoreNames.contains(table))) {
        database.close()
        resolve(null)
        return
      }
      // The page upgrading the database (a new version of the app) or deleting it must not wait for
      // this connection; writes from then on are the page's own until it opens the worker's again.
      const closed = () => {
        database.close()
        opening = undefined
        reply({ kind: 'closed' })
      }
      database.onversionchange = closed
      database.onclose = closed
      resolve(database)
    }
  })
}

async function write(request: Extract<WriterRequest, { kind: 'write' }>): Promise<void> {
  const database = await opening
  if (!database)
    return reply({ kind: 'not written', id: request.id })
  try {
    const result = await writeRecordWithOutbox(database, request.table, request.mutation, request.recipe)
    if (!result.written)
      return reply({ kind: 'not written', id: request.id })
    const { before, after, queued, committedAt } = result
    reply({ kind: 'written', id: request.id, before, after, queued, committedAt: performance.timeOrigin + committedAt })
  }
  catch (error) {
    const { name, message } = error as DOMException
    // The connection closing under the write (see open): nothing was written, the page writes it.
    reply(name === 'InvalidStateError' ? { kind: 'not written', id: request.id } : { kind: 'failed', id: request.id, name, message })
  }
}

addEventListener('message', (event: MessageEvent<WriterRequest>) => {
  const request = event.data
  if (request.kind === 'write') {
    void write(request)
    return
  }
  opening ??= open(request.database, request.tables)
  void opening.then((database) => {
    if (!database)
      opening = undefined
    reply({ kind: 'opened', ok: database !== null })
  })
})
