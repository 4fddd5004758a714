// The event a public link belongs to and the questionnaire it asks, read from the synced records.
import type { Db } from '../db/schema'
import { builtInQuestionnaires, standardQuestionnaire } from '../../shared/questionnaire'
import type { EventRecord } from '../../shared/records/event'
import type { QuestionnaireRecord } from '../../shared/records/questionnaire'
import { organizationRecordId } from '../../shared/records/owner'
import { indexDirectory, organizationOf } from '../../shared/units/directory'
import { loadDirectoryNodes } from '../directory/store'

async function liveRecord<T>(db: Db, entity: string, id: string): Promise<T | null> {
  const row = await db.selectFrom('records').select('data')
    .where('entity', '=', entity).where('id', '=', id).where('version', '>', 0).where('deleted', '=', 0)
    .executeTakeFirst()
  return row ? JSON.parse(row.data) as T : null
}

export function findEvent(db: Db, id: string): Promise<EventRecord | null> {
  return liveRecord<EventRecord>(db, 'event', id)
}

/** The standard questionnaire as the host unit's organization edited it, if it did. */
async function organizationStandard(db: Db, unit: string): Promise<QuestionnaireRecord | null> {
  const organization = organizationOf(indexDirectory(await loadDirectoryNodes(db)), unit)
  return organization ? liveRecord<QuestionnaireRecord>(db, 'questionnaire', organizationRecordId(standardQuestionnaire.id, organization.id)) : null
}

/**
 * The event's questionnaire (the standard one if it names none: the host's organization's edit,
 * else the shared edit, else the built-in copy); archived ones are not asked.
 */
export async function questionnaireOf(db: Db, event: Pick<EventRecord, 'questionnaireId' | 'unit'>): Promise<QuestionnaireRecord | null> {
  const id = event.questionnaireId ?? standardQuestionnaire.id
  const own = event.questionnaireId ? null : await organizationStandard(db, event.unit)
  const found = own ?? await liveRecord<QuestionnaireRecord>(db, 'questionnaire', id) ?? builtInQuestionnaires.find(q => q.id === id) ?? null
  return found && !found.archived ? found : null
}
