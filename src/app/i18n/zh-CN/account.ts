// What 首页 shows of this namespace: it ships with the first screen. The rest is later/account.ts.
export default {
  changePassword: '修改密码',
  reminder: '你还在使用一次性密码，请尽快修改为自己的密码。',
}
