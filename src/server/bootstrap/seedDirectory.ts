// The bundled directory (seeds/directory.json) becomes the server's on a first start; after
// that the coordinators maintain it, and a restart never overwrites their changes.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Db } from '../db/schema'
import { validateDirectory } from '../../shared/units/directory'
import { loadDirectoryNodes, saveDirectoryNodes } from '../directory/store'
import { inTransaction } from '../db/transaction'

export const directoryFileName = 'directory.json'

/** Loads the seed directory into an empty directory; the number of nodes loaded (0: kept as it was). */
export async function loadSeedDirectory(db: Db, seedsDir: string, now: number): Promise<number> {
  if ((await loadDirectoryNodes(db)).length)
    return 0
  let text: string
  try {
    text = await readFile(join(seedsDir, directoryFileName), 'utf8')
  }
  catch {
    return 0
  }
  const check = validateDirectory(JSON.parse(text))
  if (!check.ok)
    throw new Error(`${directoryFileName}: ${check.problems.map(p => `${p.path}: ${p.message}`).join('; ')}`)
  return inTransaction(db, async (trx) => {
    // Several processes starting at once: the first one's directory stands.
    if ((await loadDirectoryNodes(trx)).length)
      return 0
    await saveDirectoryNodes(trx, check.nodes, now)
    return check.nodes.length
  })
}
