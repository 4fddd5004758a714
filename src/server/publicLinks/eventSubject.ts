// The event a public link belongs to and the questionnaire it asks, read from the synced records.
import type { Db } from '../db/schema'
import { builtInQuestionnaires, standardQuestionnaire } from '../../shared/questionnaire'
import type { EventRecord } from '../../shared/records/event'
import type { QuestionnaireRecord } from '../../shared/records/questionnaire'

async function liveRecord<T>(db: Db, entity: string, id: string): Promise<T | null> {
  const row = await db.selectFrom('records').select('data')
    .where('entity', '=', entity).where('id', '=', id).where('version', '>', 0).where('deleted', '=', 0)
    .executeTakeFirst()
  return row ? JSON.parse(row.data) as T : null
}

export function findEvent(db: Db, id: string): Promise<EventRecord | null> {
  return liveRecord<EventRecord>(db, 'event', id)
}

/** The event's questionnaire (the standard one if it names none): a stored edit wins over the built-in copy; archived ones are not asked. */
export async function questionnaireOf(db: Db, event: Pick<EventRecord, 'questionnaireId'>): Promise<QuestionnaireRecord | null> {
  const id = event.questionnaireId ?? standardQuestionnaire.id
  const found = await liveRecord<QuestionnaireRecord>(db, 'questionnaire', id) ?? builtInQuestionnaires.find(q => q.id === id) ?? null
  return found && !found.archived ? found : null
}
