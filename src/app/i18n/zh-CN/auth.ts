// What 首页 shows of this namespace: it ships with the first screen. The rest is later/auth.ts.
export default {
  error: {
    wrongCredentials: '用户名或密码不正确',
    tooMany: '尝试次数过多，请稍后再试',
    offline: '连不上服务器，请检查网络后重试',
    invalid: '请检查填写的内容：{detail}',
    server: '服务器出错（{status}），请稍后再试',
  },
}
