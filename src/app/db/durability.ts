/**
 * A tick is reported saved only once it is on disk: Chromium otherwise may acknowledge
 * a commit before flushing it, and a phone that dies right then would lose the tick.
 * What Dexie's transactions and those written past it ask for (nativeOutboxWrite.ts, the
 * writer worker), apart from database.ts so the worker does not bring Dexie.
 */
export const transactionDurability = 'strict'
