import { describe, expect, it } from 'vitest'
import { endpoints } from '../../../src/shared/api'
import { errorBodyOf } from '../../../src/shared/api/errorBody'
import { apiPaths, pathTo } from '../../../src/shared/api/paths'

describe('pathTo', () => {
  it('fills each :param, URI-encoded', () => {
    expect(pathTo(apiPaths.history, { entity: 'event', id: 'a/b c' })).toBe('/api/history/event/a%2Fb%20c')
    expect(pathTo(apiPaths.publicFaq, { unit: '区数据局' })).toBe(`/api/public/faq/${encodeURIComponent('区数据局')}`)
    expect(pathTo(apiPaths.health, {})).toBe('/api/health')
  })

  it('names a missing value instead of sending "undefined"', () => {
    expect(() => pathTo('/api/users/:id' as string, {})).toThrow('pathTo: no value for :id in /api/users/:id')
  })

  it('is every path the contract names', () => {
    expect(new Set(Object.values(endpoints).map(e => e.path))).toEqual(new Set(Object.values(apiPaths)))
  })
})

describe('errorBodyOf', () => {
  it('reads the error body, keeping only well-formed issues', () => {
    expect(errorBodyOf({ error: { code: 'invalid_request', message: '请求内容不合格', issues: [{ path: 'unit', message: 'too long' }, { path: 3 }] } }))
      .toEqual({ code: 'invalid_request', message: '请求内容不合格', issues: [{ path: 'unit', message: 'too long' }] })
  })

  it('gives null for a body that is not an error (a proxy page, nothing at all)', () => {
    expect([null, '<html>', { error: 'oops' }, { error: { message: 'no code' } }].map(errorBodyOf)).toEqual([null, null, null, null])
  })

  it('falls back to the code when there are no words', () => {
    expect(errorBodyOf({ error: { code: 'internal' } })).toEqual({ code: 'internal', message: 'internal', issues: [] })
  })
})
