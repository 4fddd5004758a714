// A visitor's own phone on the public questionnaire: no sign-in, its own address, a device key
// kept like the page keeps it, and the cookie the server sets.
import type { LightMyRequestResponse } from 'fastify'
import type { Answer } from '../../src/shared/records/questionnaireResponse'
import type { TestServer } from './server'

export const completeAnswers: Answer[] = [
  { questionId: 'identity', kind: 'single', optionId: 'o1' },
  { questionId: 'overall', kind: 'rating', value: 5 },
  { questionId: 'organisation', kind: 'rating', value: 4 },
  { questionId: 'understanding', kind: 'single', optionId: 'o2' },
  { questionId: 'again', kind: 'single', optionId: 'o1' },
  { questionId: 'suggestions', kind: 'text', text: '希望多开放几次' },
]

export class Visitor {
  deviceId = `device-${crypto.randomUUID()}`
  cookie: string | null = null

  constructor(private readonly server: TestServer, readonly ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) {}

  private headers() {
    return this.cookie ? { cookie: this.cookie } : {}
  }

  view(token: string, withDevice = false): Promise<LightMyRequestResponse> {
    const query = withDevice ? `?device=${this.deviceId}` : ''
    return this.server.app.inject({ method: 'GET', url: `/api/public/q/${token}${query}`, headers: this.headers(), remoteAddress: this.ip })
  }

  async answer(token: string, answers: Answer[] = completeAnswers, body: Record<string, unknown> = {}): Promise<LightMyRequestResponse> {
    const response = await this.server.app.inject({
      method: 'POST',
      url: `/api/public/q/${token}/responses`,
      headers: this.headers(),
      remoteAddress: this.ip,
      payload: { deviceId: this.deviceId, answers, ...body },
    })
    const set = response.headers['set-cookie']
    if (set)
      this.cookie = String(set).split(';')[0]
    return response
  }
}
