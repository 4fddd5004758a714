// Every error leaves the server as ApiError: a stable code, words for people and, for bad
// input, one entry per bad field with its path.
import type { FastifyError, FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { ApiError, ErrorCode, Issue } from '../shared/api/errors'
import { formatBytes } from '../shared/sync/mutationSize'

export type { Issue }

// Each bad field's words in Chinese, as the message above them: a rejected change's reason is
// shown to staff on the sync screen. (The schemas' own custom messages are as they wrote them.)
z.config(z.locales.zhCN())

export class HttpError extends Error {
  constructor(readonly statusCode: number, readonly code: ErrorCode, message: string, readonly issues?: Issue[]) {
    super(message)
  }
}

export function issuesOf(error: z.ZodError, prefix: Array<string | number> = []): Issue[] {
  return error.issues.map(issue => ({
    path: [...prefix, ...issue.path].map(String).join('.') || '(body)',
    message: issue.message,
  }))
}

/** The parsed value, or a 400 that names each bad field. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what = '请求内容'): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success)
    throw new HttpError(400, 'invalid_request', `${what}不合格`, issuesOf(parsed.error))
  return parsed.data
}

export function apiError(code: ErrorCode, message: string, issues?: Issue[]): ApiError {
  return { error: issues ? { code, message, issues } : { code, message } }
}

const fastifyCodes: Record<string, { code: ErrorCode, message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: '请求内容过大' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: '不支持的内容类型' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_request', message: '请求内容为空' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: '请求内容不是合法的 JSON' },
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError)
      return reply.status(error.statusCode).send(apiError(error.code, error.message, error.issues))
    const status = error.statusCode ?? 500
    if (status === 429)
      return reply.status(429).send(apiError('too_many_requests', '尝试次数过多，请稍后再试'))
    if (status === 400 && error instanceof SyntaxError)
      return reply.status(400).send(apiError('invalid_json', '请求内容不是合法的 JSON'))
    if (status === 413 && request.routeOptions.bodyLimit)
      return reply.status(413).send(apiError('payload_too_large', `请求内容过大（上限 ${formatBytes(request.routeOptions.bodyLimit)}）`))
    if (status < 500) {
      const known = fastifyCodes[error.code]
      return reply.status(status).send(apiError(known?.code ?? 'bad_request', known?.message ?? error.message))
    }
    request.log.error({ err: error }, 'request failed')
    return reply.status(500).send(apiError('internal', '服务器内部错误，请稍后重试'))
  })
}
