// The contract of every HTTP endpoint: the routes register and validate from it, the app types
// and checks answers by it, and tests/server/contract.test.ts holds the server to it.
import type { Endpoint } from './endpoint'
import { authEndpoints } from './auth'
import { directoryEndpoints } from './directory'
import { eventLinkEndpoints } from './eventLinks'
import { healthEndpoints } from './health'
import { historyEndpoints } from './history'
import { photoEndpoints } from './photos'
import { publicFaqEndpoints } from './publicFaq'
import { publicQuestionnaireEndpoints } from './publicQuestionnaire'
import { syncEndpoints } from './sync'
import { userEndpoints } from './users'

export const endpoints = {
  ...authEndpoints,
  ...userEndpoints,
  ...directoryEndpoints,
  ...photoEndpoints,
  ...eventLinkEndpoints,
  ...publicFaqEndpoints,
  ...publicQuestionnaireEndpoints,
  ...historyEndpoints,
  ...syncEndpoints,
  ...healthEndpoints,
} satisfies Record<string, Endpoint>
export type EndpointName = keyof typeof endpoints

export * from './auth'
export * from './directory'
export * from './endpoint'
export * from './errors'
export * from './eventLinks'
export * from './health'
export * from './history'
export * from './paths'
export * from './photos'
export * from './publicFaq'
export * from './publicQuestionnaire'
export * from './sync'
export * from './users'
