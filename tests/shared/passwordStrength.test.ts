import { describe, expect, it } from 'vitest'
import { guessablePassword } from '../../src/shared/passwordStrength'

describe('guessable passwords', () => {
  it('refuses common passwords, in any case or width, with digits tacked on', () => {
    for (const password of ['12345678', 'password', 'PASSWORD', 'ｐａｓｓｗｏｒｄ', 'password2025!', 'woaini1314', '1qaz2wsx'])
      expect(guessablePassword(password), password).toBe('common')
  })

  it('refuses repeats and runs along the alphabet, the digits or a keyboard row', () => {
    for (const password of ['aaaaaaaa', 'abababab', 'abcdefgh', '98765432', 'sdfghjkl', 'poiuytre'])
      expect(guessablePassword(password), password).toBe('pattern')
  })

  it('refuses the username or the name inside the password, forwards or backwards', () => {
    expect(guessablePassword('wang.fang2025', ['wang.fang', '王芳'])).toBe('context')
    expect(guessablePassword('gnaf.gnaw!!', ['wang.fang'])).toBe('context')
    expect(guessablePassword('王小明的密码', ['wxm', '王小明'])).toBe('context')
  })

  it('accepts a passphrase of one\'s own', () => {
    for (const password of ['tea garden 2025', 'my-own-password-1', 'my own secret 2025', 'correct horse battery'])
      expect(guessablePassword(password, ['li', '李'])).toBeNull()
  })
})
