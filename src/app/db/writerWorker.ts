// The page's side of the writer worker (outboxWriter.worker.ts), which commits a tick off the main
// thread: started when a screen that ticks opens, so that the worker has opened the database by the
// first tap. Until it has, or where there is no worker (or it fails), writes are the page's own.
import type { AppDB } from './database'
import type { NativeWrite, SeenRow } from './nativeOutboxWrite'
import type { RecordMutation } from './outboxRow'
import type { WriterReply, WriterRequest } from './outboxWriterMessages'
import { type RowRecipe, rowFromRecipe } from './recordOutboxTransaction'
import Dexie from 'dexie'
import { announceWritePastDexie, putWithOutbox } from './nativeOutboxWrite'

/**
 * How long a write may wait for the worker's answer before the page gives the worker up and writes it
 * itself: a commit takes milliseconds, and a worker that never answered would hold every later write.
 */
const answerWithinMs = 10_000

interface Writer {
  worker: Worker
  answerWithinMs: number
  state: 'opening' | 'ready' | 'closed' | 'failed'
  answers: Map<number, (reply: WriterReply) => void>
  nextId: number
  /** Settles once every write sent so far has been answered. */
  settled: Promise<void>
}

/** By database name: tests open databases of their own. */
const writers = new Map<string, Writer>()

function answerAll(writer: Writer, reply: (id: number) => WriterReply): void {
  for (const [id, answer] of writer.answers)
    answer(reply(id))
  writer.answers.clear()
}

/**
 * The page writes from now on. A write the worker had committed without answering is then written again
 * by the page, as the same change queued twice, which applies the same values once more.
 */
function giveUp(writer: Writer): void {
  writer.state = 'failed'
  answerAll(writer, id => ({ kind: 'not written', id }))
  writer.worker.terminate()
}

/**
 * Starts the worker for `database`, or opens its connection again after the page's upgrade closed it.
 * `options.answerWithinMs`: for tests, which cannot wait ten seconds.
 */
export function startWriterWorker(database: AppDB, options: { answerWithinMs?: number } = {}): void {
  // No worker: Node's unit tests (their IndexedDB lives in the page's own thread), or an old browser.
  if (typeof Worker === 'undefined')
    return
  let writer = writers.get(database.name)
  if (writer && writer.state !== 'closed')
    return
  if (!writer) {
    let worker: Worker
    // A module worker, as the development server serves it (the build's is one file, which runs as
    // either); a browser without module workers throws here, or fails to run it: the page writes.
    try {
      worker = new Worker(new URL('./outboxWriter.worker.ts', import.meta.url), { type: 'module', name: 'outbox-writer' })
    }
    catch {
      return
    }
    const started: Writer = { worker, answerWithinMs: options.answerWithinMs ?? answerWithinMs, state: 'opening', answers: new Map(), nextId: 1, settled: Promise.resolve() }
    writer = started
    writers.set(database.name, started)
    worker.addEventListener('message', (event: MessageEvent<WriterReply>) => {
      const reply = event.data
      if (reply.kind === 'opened')
        started.state = reply.ok ? 'ready' : 'failed'
      else if (reply.kind === 'closed')
        started.state = 'closed'
      else {
        started.answers.get(reply.id)?.(reply)
        started.answers.delete(reply.id)
      }
    })
    // The script could not run, the worker died, or an answer could not be read.
    worker.addEventListener('error', () => giveUp(started))
    worker.addEventListener('messageerror', () => giveUp(started))
  }
  writer.state = 'opening'
  writer.worker.postMessage({ kind: 'open', database: database.name, tables: database.tables.map(table => table.name) } satisfies WriterRequest)
}

/**
 * Writes the record `recipe` makes and its outbox entry through the worker, and announces them to
 * live queries and the sync engine. Resolves undefined, having written nothing, where the worker
 * cannot (not ready, no writer identity yet, a Dexie transaction around the caller): the caller writes.
 */
export function writeThroughWorker<Row extends object>(database: AppDB, table: string, mutation: RecordMutation, recipe: RowRecipe): Promise<NativeWrite<Row> | undefined> {
  const writer = writers.get(database.name)
  if (writer?.state !== 'ready' || Dexie.currentTransaction)
    return Promise.resolve(undefined)
  const id = writer.nextId++
  let answer!: (reply: WriterReply) => void
  const answered = new Promise<WriterReply>(resolve => (answer = resolve))
  try {
    writer.worker.postMessage({ kind: 'write', id, table, mutation, recipe } satisfies WriterRequest)
  }
  catch {
    // Data a worker cannot be sent (DataCloneError): the page's own write stores nothing either, and says why.
    return Promise.resolve(undefined)
  }
  const late = setTimeout(() => giveUp(writer), writer.answerWithinMs)
  writer.answers.set(id, (reply) => {
    clearTimeout(late)
    answer(reply)
  })
  // Without the answers themselves, which the chain would otherwise keep for as long as the tab lives.
  writer.settled = Promise.all([writer.settled, answered]).then(() => undefined)
  return answered.then((reply) => {
    if (reply.kind === 'failed')
      throw new DOMException(reply.message, reply.name)
    if (reply.kind !== 'written')
      return undefined
    const write: NativeWrite<Row> = { before: reply.before as Row | undefined, after: reply.after as Row, queued: reply.queued, committedAt: reply.committedAt - performance.timeOrigin }
    announceWritePastDexie(database, table, mutation.id, write)
    return write
  })
}

/**
 * A record and its outbox entry written past Dexie: by the worker where it is open, else by the page
 * (putWithOutbox, given the row as the screen saw it) after the worker's earlier writes, so this tab's
 * changes reach the outbox in the order they were made. Undefined, having written nothing, where
 * neither can: the caller writes through Dexie.
 */
export async function writePastDexie<Row extends object>(database: AppDB, table: string, mutation: RecordMutation, recipe: RowRecipe, seen?: SeenRow<Row>): Promise<NativeWrite<Row> | undefined> {
  const inWorker = await writeThroughWorker<Row>(database, table, mutation, recipe)
  if (inWorker)
    return inWorker
  await writerWorkerSettled(database)
  return putWithOutbox<Row>(database, table, mutation, before => rowFromRecipe(recipe, before) as Row, seen)
}

/**
 * Settles once the worker has answered every write sent to it: a write the page makes itself waits
 * for it, so this tab's changes reach the outbox in the order they were made.
 */
export function writerWorkerSettled(database: AppDB): Promise<void> {
  return writers.get(database.name)?.settled ?? Promise.resolve()
}
