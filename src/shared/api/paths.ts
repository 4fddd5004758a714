// Every endpoint's path, apart from the schemas: the first screen and a visitor's page build
// URLs from here without loading zod. The contract (index.ts) names each path with its schemas.

export const apiPaths = {
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  password: '/api/auth/password',
  me: '/api/auth/me',
  users: '/api/users',
  user: '/api/users/:id',
  userSessions: '/api/users/:id/sessions',
  userPasswordReset: '/api/users/:id/password-reset',
  directory: '/api/directory',
  directoryNodes: '/api/directory/nodes',
  directoryNode: '/api/directory/nodes/:id',
  photo: '/api/photos/:sha256',
  eventLink: '/api/events/:id/public-link',
  publicFaq: '/api/public/faq/:unit',
  publicQuestionnaire: '/api/public/q/:token',
  publicResponses: '/api/public/q/:token/responses',
  history: '/api/history/:entity/:id',
  push: '/api/sync/push',
  pull: '/api/sync/pull',
  health: '/api/health',
  ready: '/api/ready',
} as const

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<`/${Rest}`> : P extends `${string}:${infer Name}` ? Name : never

/** A path with its :params filled in, each URI-encoded: pathTo('/api/users/:id', { id }) . */
export function pathTo<P extends string>(pattern: P, params: Record<ParamNames<P>, string>): string {
  return pattern.replace(/:(\w+)/g, (_, name: string) => {
    const value = (params as Record<string, string | undefined>)[name]
    if (value === undefined)
      throw new Error(`pathTo: no value for :${name} in ${pattern}`)
    return encodeURIComponent(value)
  })
}
