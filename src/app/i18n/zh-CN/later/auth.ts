// The auth messages no part of 首页 shows, loaded with the later screens (see ../../index.ts).
export default {
  title: '登录',
  username: '用户名',
  usernamePlaceholder: '请输入用户名',
  usernameRequired: '请填写用户名',
  password: '密码',
  passwordPlaceholder: '请输入密码',
  passwordRequired: '请填写密码',
  submit: '登录',
  signOut: '退出登录',
  signedInAs: '{name}（{unit}）',
  expired: '{name}，你的登录已过期。未同步的修改仍保存在本机，重新登录后自动发送。',
  othersPending: '本机还有其他账号的 {n} 项未同步修改，只有其本人登录后才会发送。',
  needsNetwork: '登录需要联网。不登录也能继续记录，修改保存在本机，登录后一并同步。',
  role: {
    coordinator: '统筹人员',
    staff: '工作人员',
  },
}
