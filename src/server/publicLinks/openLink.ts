// What a visitor's link leads to, or why it leads nowhere any more.
import type { Db } from '../db/schema'
import type { EventRecord } from '../../shared/records/event'
import type { QuestionnaireRecord } from '../../shared/records/questionnaire'
import { acceptsPublicResponses } from '../../shared/events'
import { HttpError } from '../errors'
import { findEvent, questionnaireOf } from './eventSubject'
import { findLink } from './linkStore'

export interface OpenLink {
  event: EventRecord
  questionnaire: QuestionnaireRecord
}

export async function openLink(db: Db, token: string): Promise<OpenLink> {
  const link = await findLink(db, token)
  if (!link)
    throw new HttpError(404, 'link_not_found', '问卷链接无效，请向现场工作人员确认')
  if (link.revoked_at !== null)
    throw new HttpError(410, 'link_closed', '问卷链接已关闭，感谢您的关注')
  const event = await findEvent(db, link.event_id)
  if (!event || !acceptsPublicResponses(event))
    throw new HttpError(410, 'event_closed', '活动已结束，问卷已停止收集，感谢您的关注')
  const questionnaire = await questionnaireOf(db, event)
  if (!questionnaire)
    throw new HttpError(410, 'questionnaire_unavailable', '本次活动的问卷已停用，感谢您的关注')
  return { event, questionnaire }
}
