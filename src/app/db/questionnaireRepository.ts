// Questionnaires (coordinator-edited; the built-in standard one needs no record) and the
// responses taken on this phone in kiosk mode, each appended with its outbox entry.
import type { QuestionnaireResponseRow, QuestionnaireRow } from './schema'
import { db } from './database'
import { live, type LiveRead } from './live'
import { createRecord, transactRecords } from './recordWrites'

export function observeStoredQuestionnaires(): LiveRead<QuestionnaireRow[]> {
  return live(() => db.questionnaires.toArray())
}

/**
 * Stores a coordinator's questionnaire. The first edit of one not yet stored (the built-in
 * standard one, or a new one) is a whole record; later edits send only the fields that changed.
 */
export function saveQuestionnaire(questionnaire: QuestionnaireRow, now = Date.now()): Promise<QuestionnaireRow> {
  return transactRecords([db.questionnaires], async (stage) => {
    const stored = await db.questionnaires.get(questionnaire.id)
    if (!stored)
      return stage.create('questionnaire', { ...questionnaire, updatedAt: now })
    const { id: _id, ...fields } = questionnaire
    const changed = Object.fromEntries(Object.entries(fields).filter(([key, value]) => JSON.stringify(stored[key as keyof typeof fields]) !== JSON.stringify(value)))
    return stage.patch('questionnaire', questionnaire.id, { ...changed, updatedAt: now })
  })
}

export function recordQuestionnaireResponse(response: QuestionnaireResponseRow): Promise<QuestionnaireResponseRow> {
  return createRecord('questionnaireResponse', response)
}

/** Responses of one event, from kiosk and from visitors' own phones (pulled once synced). */
export function observeEventQuestionnaireResponses(eventId: string): LiveRead<QuestionnaireResponseRow[]> {
  return live(() => db.questionnaireResponses.where('eventId').equals(eventId).toArray())
}
