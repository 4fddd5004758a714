// Passwords an attacker tries first: the most common ones (international and Chinese lists), one
// character repeated, a run along the alphabet, the digits or a keyboard row, and anything built
// on the account's own name. Shared so the password form shows the rule live and the server
// refuses the same passwords.
const common = new Set([
  '12345678', '123456789', '1234567890', '87654321', '11111111', '00000000', '88888888', '66666666', '12341234',
  '11223344', '112233445566', '123123123', '147258369', '159357258', '5201314520', '52013145', '1314520520',
  'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'admin123', 'admin1234', 'administrator',
  'iloveyou', 'woaini1314', 'woaini520', 'qwerty123', 'qwertyuiop', 'qwertyui', 'asdfghjkl', 'asdfghjk', 'zxcvbnm1',
  '1qaz2wsx', '1q2w3e4r', '1q2w3e4r5t', 'qazwsxedc', 'zaq12wsx', 'abc12345', 'abcd1234', 'a1234567', 'a12345678',
  'aa123456', 'aaa12345', 'abc123456', 'q1w2e3r4', 'letmein1', 'welcome1', 'sunshine', 'princess', 'football',
  'baseball', 'superman', 'whatever', 'trustno1', 'changeme', 'computer', 'internet', 'china123', 'zhongguo',
  'woaini123', 'test1234', 'test12345', 'guest123', 'root1234', 'user1234', 'default1',
])

const sequences = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1qaz2wsx3edc4rfv5tgb', 'qazwsxedcrfvtgb']

function alongSequence(text: string): boolean {
  return sequences.some(sequence => sequence.includes(text) || [...sequence].reverse().join('').includes(text))
}

/** Why a password is easy to guess for this account, or null. `context`: the username, display name. */
export function guessablePassword(password: string, context: readonly string[] = []): 'common' | 'pattern' | 'context' | null {
  const text = password.normalize('NFKC').toLowerCase()
  if (common.has(text))
    return 'common'
  if (new Set(text).size <= 2 || alongSequence(text))
    return 'pattern'
  const stripped = text.replace(/[\d\W_]+$/u, '').replace(/^[\d\W_]+/u, '')
  if (stripped.length >= 4 && (common.has(stripped) || alongSequence(stripped)))
    return 'common'
  for (const word of context.map(c => c.normalize('NFKC').toLowerCase().trim()).filter(c => [...c].length >= 3)) {
    if (text.includes(word) || text.includes([...word].reverse().join('')))
      return 'context'
  }
  return null
}
