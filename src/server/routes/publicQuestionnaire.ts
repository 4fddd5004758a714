// The only routes without sign-in besides health, units and sign-in itself: a visitor's phone reads the
// questionnaire of a public link and sends one response. Nothing else is reachable by a token.
import type { FastifyInstance, FastifyReply } from 'fastify'
import type { ServerContext } from '../context'
import { validateAnswers } from '../../shared/questionnaire'
import { publicQuestionnaireEndpoints } from '../../shared/api/publicQuestionnaire'
import { limitAttempts } from '../auth/attemptLimits'
import { HttpError, parseOrThrow } from '../errors'
import { openLink } from '../publicLinks/openLink'
import { cookieKey, hasAnswered, setCookieKey } from '../publicLinks/respondents'
import { storePublicResponse } from '../publicLinks/storeResponse'
import { route } from './route'

const { publicQuestionnaire, publicResponse } = publicQuestionnaireEndpoints

// Answers to one visitor are theirs alone; and a link must not end up in a search index.
function privately(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex')
}

export function registerPublicQuestionnaireRoutes(app: FastifyInstance, ctx: ServerContext): void {
  // Per address and route, counted in the database so every server process counts alike.
  const limit = (max: number) => ({
    preHandler: limitAttempts(ctx, () => ({ max, timeWindowMs: ctx.publicRateLimit.timeWindowMs }), request => `public|${request.ip}|${request.routeOptions.url}`),
  })

  route(app, publicQuestionnaire, limit(ctx.publicRateLimit.max * 4), async (request, reply) => {
    const { token } = parseOrThrow(publicQuestionnaire.params, request.params, '问卷链接')
    const { device } = parseOrThrow(publicQuestionnaire.query, request.query, '查询参数')
    const { event, questionnaire } = await openLink(ctx.db, token)
    const keys = [device, cookieKey(request)].filter((k): k is string => !!k)
    privately(reply)
    return {
      questionnaire: { id: questionnaire.id, title: questionnaire.title, intro: questionnaire.intro, thanks: questionnaire.thanks, questions: questionnaire.questions },
      event: { title: event.title, startsAt: event.startsAt, endsAt: event.endsAt, venue: event.venue },
      alreadyAnswered: await hasAnswered(ctx.db, event.id, keys),
    }
  })

  route(app, publicResponse, limit(ctx.publicRateLimit.max), async (request, reply) => {
    privately(reply)
    const { token } = parseOrThrow(publicResponse.params, request.params, '问卷链接')
    const opened = await openLink(ctx.db, token)
    const body = parseOrThrow(publicResponse.body, request.body, '问卷内容')
    const problems = validateAnswers(opened.questionnaire, body.answers)
    if (problems.length) {
      const at = (questionId: string) => body.answers.findIndex(a => a.questionId === questionId)
      const issues = problems.map(p => ({ path: at(p.questionId) >= 0 ? `answers.${at(p.questionId)}` : `questions.${p.questionId}`, message: p.message }))
      throw new HttpError(400, 'invalid_request', '问卷还有未答或不合格的题目', issues)
    }
    const keys = [...new Set([body.deviceId, cookieKey(request)].filter((k): k is string => !!k))]
    const id = await storePublicResponse(ctx, opened, keys, body.answers, ctx.clock())
    setCookieKey(request, reply, body.deviceId)
    request.log.info({ eventId: opened.event.id, responseId: id }, 'public questionnaire response')
    return { id, thanks: opened.questionnaire.thanks }
  })
}
