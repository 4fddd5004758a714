// Every request's body, query and path parameters are refused with a 400 naming the field when
// any string in them holds NUL or a lone surrogate, or they nest absurdly deep: PostgreSQL would
// otherwise fail mid-request (a 500, a retry loop), and SQLite would store what PostgreSQL cannot.
// A push is checked per mutation instead (sync/push.ts), so one bad change does not stop the rest.
import type { FastifyInstance } from 'fastify'
import { hostileTextIssues } from '../shared/records/safeText'
import { HttpError } from './errors'

export const checkedPerMutation = new Set(['/api/sync/push'])

export function refuseHostileInput(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, query: request.query, body: checkedPerMutation.has(request.routeOptions.url ?? '') ? undefined : request.body }
    const issues = Object.entries(parts).flatMap(([part, value]) => hostileTextIssues(value, part === 'body' ? [] : [part]))
    if (issues.length)
      throw new HttpError(400, 'invalid_text', `请求内容含有无法保存的字符：${issues.slice(0, 3).map(i => `${i.path}：${i.message}`).join('；')}`, issues)
  })
}
