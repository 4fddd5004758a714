// The unit directory on the device: replaced whole whenever the server's version differs (it is
// small), read live by every screen that shows a unit's name or offers units to pick.
import type { DirectoryResponse } from '../../shared/api/directory'
import type { StoredSession } from './identity'
import type { DirectoryRow } from './schema'
import { type AppDB, db } from './database'
import { live, type LiveRead } from './live'

const stateKey = 'directory:state'

/** Which directory the device holds, and for whom. */
export interface DirectoryState {
  version: number
  userId: string
  unitId: string
  organizationId: string | null
}

export interface DirectorySnapshot {
  nodes: DirectoryRow[]
  state: DirectoryState | null
}

export async function readDirectoryState(database: AppDB = db): Promise<DirectoryState | null> {
  return (await database.meta.get(stateKey))?.value as DirectoryState | undefined ?? null
}

/** Replaces the device's directory with the server's answer, in one transaction. */
export function saveDirectory(response: DirectoryResponse, userId: string, database: AppDB = db): Promise<void> {
  return database.transaction('rw', [database.directory, database.meta], async () => {
    await database.directory.clear()
    await database.directory.bulkPut(response.nodes)
    const state: DirectoryState = { version: response.version, userId, unitId: response.unitId, organizationId: response.organizationId }
    await database.meta.put({ key: stateKey, value: state })
    // An account signed in before the directory named its unit by name (区府办); the server now
    // says which node it is, and the device writes under that id from here on.
    const session = (await database.meta.get('session'))?.value as StoredSession | undefined
    if (session && session.user.id === userId && session.user.unit !== response.unitId)
      await database.meta.put({ key: 'session', value: { ...session, user: { ...session.user, unit: response.unitId } } satisfies StoredSession })
  })
}

export function observeDirectory(): LiveRead<DirectorySnapshot> {
  return live(async () => ({ nodes: await db.directory.toArray(), state: await readDirectoryState() }))
}
