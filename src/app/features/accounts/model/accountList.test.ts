import { describe, expect, it } from 'vitest'
import { groupAccountsByUnit, knownUnits, matchesAccount } from './accountList'
import { listedUser } from '../../../../../tests/helpers/app/accountsServer'

const accounts = [
  listedUser('zhao', '赵强', '区数据局', { active: false, deactivatedAt: 1 }),
  listedUser('li.ming', '李明', '区数据局'),
  listedUser('an', '安然', '区数据局'),
  listedUser('wang', '王芳', '青浦区文化旅游局'),
]

describe('the account list', () => {
  it('groups by unit in Chinese order, active accounts first and then by name', () => {
    expect(groupAccountsByUnit(accounts).map(g => [g.unit, g.accounts.map(a => a.displayName)])).toEqual([
      ['青浦区文化旅游局', ['王芳']],
      ['区数据局', ['安然', '李明', '赵强']],
    ])
  })

  it('finds an account by name, username or unit, ignoring case and spaces around', () => {
    expect(matchesAccount(accounts[1], ' LI.M ')).toBe(true)
    expect(matchesAccount(accounts[1], '数据局')).toBe(true)
    expect(matchesAccount(accounts[1], '王')).toBe(false)
    expect(groupAccountsByUnit(accounts, '文化').flatMap(g => g.accounts.map(a => a.id))).toEqual(['wang'])
  })

  it('offers the units of the plans and of existing accounts, each once', () => {
    expect(knownUnits(['区数据局', '区生态环境局'], accounts)).toEqual(['青浦区文化旅游局', '区生态环境局', '区数据局'])
  })
})
