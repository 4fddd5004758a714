// Staff of an event's host unit (and coordinators) open and close its public questionnaire link.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { ServerContext } from '../context'
import { acceptsPublicResponses } from '../../shared/events'
import { eventLinkEndpoints } from '../../shared/api/eventLinks'
import { publicQuestionnairePath } from '../../shared/api/publicQuestionnaire'
import { recordAudit } from '../audit'
import { authenticate, userOf } from '../auth/authenticate'
import { HttpError, parseOrThrow } from '../errors'
import { findEvent, questionnaireOf } from '../publicLinks/eventSubject'
import { createLink, openLinks, revokeLinks } from '../publicLinks/linkStore'
import { route } from './route'

const { openEventLink, listEventLinks, closeEventLinks } = eventLinkEndpoints

export function registerEventLinkRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const guard = { preHandler: authenticate(ctx) }

  async function hostedEvent(request: FastifyRequest) {
    const { id } = parseOrThrow(openEventLink.params, request.params, '路径参数')
    const user = userOf(request)
    const event = await findEvent(ctx.db, id)
    if (!event)
      throw new HttpError(404, 'not_found', '没有这个活动，或它还没有同步到服务器')
    if (user.role !== 'coordinator' && user.unit !== event.unit)
      throw new HttpError(403, 'forbidden', '只有主办单位和协调员可以管理该活动的问卷链接')
    return { event, user }
  }

  const baseUrl = (request: FastifyRequest) => ctx.publicUrl?.replace(/\/+$/, '') ?? `${request.protocol}://${request.host}`

  route(app, openEventLink, guard, async (request, reply) => {
    parseOrThrow(openEventLink.body, request.body, '请求内容')
    const { event, user } = await hostedEvent(request)
    if (!acceptsPublicResponses(event))
      throw new HttpError(409, 'event_closed', '活动已结束或已取消，不能再开放问卷链接')
    if (!await questionnaireOf(ctx.db, event))
      throw new HttpError(409, 'questionnaire_unavailable', '该活动的问卷已停用，请先为活动选择问卷')
    const now = ctx.clock()
    const { id, token } = await createLink(ctx.db, event.id, user.id, now)
    await recordAudit(ctx.db, [{ actor: user.id, action: 'public_link_created', entity: 'event', recordId: event.id, detail: { linkId: id } }], now)
    void reply.header('cache-control', 'no-store')
    return { url: `${baseUrl(request)}${publicQuestionnairePath(token)}`, token, createdAt: now }
  })

  route(app, listEventLinks, guard, async (request) => {
    const { event } = await hostedEvent(request)
    return { links: await openLinks(ctx.db, event.id) }
  })

  route(app, closeEventLinks, guard, async (request) => {
    const { event, user } = await hostedEvent(request)
    const now = ctx.clock()
    const revoked = await revokeLinks(ctx.db, event.id, now)
    if (revoked)
      await recordAudit(ctx.db, [{ actor: user.id, action: 'public_link_revoked', entity: 'event', recordId: event.id, detail: { revoked } }], now)
    return { revoked }
  })
}
