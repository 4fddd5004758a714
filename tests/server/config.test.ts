import { describe, expect, it } from 'vitest'
import { readConfig } from '../../src/server/config'

describe('server settings from the environment', () => {
  it('reads the public address and the housekeeping interval', () => {
    const config = readConfig({ PUBLIC_URL: 'https://kfr.example.gov.cn', HOUSEKEEPING_INTERVAL_MS: '600000' })
    expect(config).toMatchObject({ publicUrl: 'https://kfr.example.gov.cn', housekeepingIntervalMs: 600_000 })
    expect(readConfig({})).toMatchObject({ publicUrl: undefined, housekeepingIntervalMs: undefined })
  })

  it('refuses an interval that would make housekeeping spin, naming the setting', () => {
    for (const bad of ['abc', '0', '10', '1.5e3x'])
      expect(() => readConfig({ HOUSEKEEPING_INTERVAL_MS: bad })).toThrow(/HOUSEKEEPING_INTERVAL_MS/)
  })
})
