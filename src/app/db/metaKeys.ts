// Keys of the meta table that writers past Dexie read and write, apart from identity.ts (which
// brings Dexie): the writer worker (outboxWriter.worker.ts) must not download Dexie.

/** The meta row holding who this device writes as (WriterIdentity). */
export const identityKey = 'identity'

/** The meta row holding a client id's last outbox sequence number. */
export const sequenceKeyOf = (clientId: string) => `seq:${clientId}`
