export default {
  update: {
    label: '版本更新',
    available: '新版本已准备好。',
    saveFirst: '新版本已准备好，请先保存正在填写的内容再更新。',
    reloadPending: '新版本已在其他窗口启用，保存正在填写的内容后将自动刷新。',
    apply: '立即更新',
  },
  install: {
    title: '安装到手机',
    why: '安装后从主屏幕打开，没有网络也能使用，记录也更不容易被系统清除。',
    button: '安装到主屏幕',
    installed: '已安装到主屏幕',
    iosTitle: '在 iPhone / iPad 上安装',
    iosSteps: '用 Safari 打开本页，点底部的“分享”按钮，选择“添加到主屏幕”，再点“添加”。',
  },
}
