// A visitor's response becomes a questionnaireResponse record of the event's unit, written
// through the sync path, so the unit's phones and coordinators pull it like a kiosk response.
import type { ServerContext } from '../context'
import type { Actor } from '../sync/access'
import type { OpenLink } from './openLink'
import type { Answer, QuestionnaireResponseRecord } from '../../shared/records/questionnaireResponse'
import { uuidv7 } from '../../shared/ids'
import { inTransaction } from '../db/transaction'
import { HttpError } from '../errors'
import { stageMutations } from '../sync/applyMutations'
import { claimKeys } from './respondents'

/** Writes as staff of the event's unit would, and can write nothing else. */
const visitorOf = (unit: string): Actor => ({ id: 'public', unit, role: 'staff' })

export async function storePublicResponse(ctx: ServerContext, { event, questionnaire }: OpenLink, keys: string[], answers: Answer[], now: number): Promise<string> {
  return inTransaction(ctx.db, async (trx) => {
    const id = uuidv7(now)
    if (!await claimKeys(trx, event.id, keys, id, now))
      throw new HttpError(409, 'already_answered', '这台手机已经提交过本次活动的问卷，感谢您的参与！')
    const record: QuestionnaireResponseRecord = {
      id,
      questionnaireId: questionnaire.id,
      eventId: event.id,
      unit: event.unit,
      channel: 'link',
      respondentKey: keys[0],
      answers,
      submittedAt: now,
    }
    const mutation = { seq: 1, entity: 'questionnaireResponse' as const, id, op: 'put' as const, data: record, at: now }
    const staged = await stageMutations(trx, ctx.catalog, visitorOf(event.unit), [{ index: 0, mutation, stamp: { t: now, c: 'public' } }], now)
    const result = staged.results.get(0)!
    if (result.status !== 'applied')
      throw new HttpError(400, 'invalid_request', result.reason ?? '问卷内容不合格', result.issues)
    await staged.publish()
    return id
  })
}
