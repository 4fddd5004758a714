// What 首页 shows of this namespace: it ships with the first screen. The rest is later/sync.ts.
export default {
  status: {
    syncing: '正在同步…',
    synced: '已同步',
    pending: '{n} 项修改待同步',
    lastSync: '上次同步 {time}',
    never: '尚未同步',
    open: '查看同步详情',
  },
  since: {
    justNow: '刚刚',
    minutes: '{n} 分钟前',
    hours: '{n} 小时前',
    days: '{n} 天前',
  },
  problem: {
    offline: '离线：修改已保存在本机，联网后自动同步',
    unreachable: '连不上服务器，稍后自动重试',
    sessionExpired: '登录已过期，请重新登录',
    signedOut: '未登录：修改保存在本机，登录后同步',
    passwordChange: '修改初始密码后才会同步：修改先保存在本机',
    serverError: '服务器出错，稍后自动重试',
    deviceError: '本机存储出错，修改可能无法保存',
  },
  details: {
    signIn: '登录',
    signInAgain: '重新登录',
  },
  stale: {
    warning: '有修改已 {n} 天未同步。iPhone 会清除 7 天未打开的网站数据（添加到主屏幕可避免），请尽快联网同步，或先导出备份。',
  },
}
