import type zh from '../zh-CN/pwa'
import type { Messages } from '../keys'

export default {
  update: {
    label: 'App update',
    available: 'A new version is ready.',
    saveFirst: 'A new version is ready. Save what you are typing first, then update.',
    reloadPending: 'A new version was activated in another window; this one reloads once you save what you are typing.',
    apply: 'Update now',
  },
  install: {
    title: 'Install on this phone',
    why: 'Opened from the home screen, the app works without network and the system is less likely to clear its records.',
    button: 'Add to home screen',
    installed: 'Installed on the home screen',
    iosTitle: 'Install on iPhone / iPad',
    iosSteps: 'Open this page in Safari, tap the Share button at the bottom, choose "Add to Home Screen", then tap "Add".',
  },
  hint: {
    'in-appTitle': 'Open in your browser',
    'in-appWhy': 'The browser built into {app} cannot install this app and may delete what it keeps on the phone at any time, unsynced records included. Open it in the phone\'s own browser and add it to the home screen there.',
    'openSteps': {
      wechat: 'Tap ··· at the top right, then "Open in Browser"',
      wecom: 'Tap ··· at the top right, then "Open with default browser"',
      dingtalk: 'Tap ··· at the top right, then "Open in browser"',
      other: 'Open the menu at the top right and choose "Open in browser"; without it, copy the link below into your browser\'s address bar',
    },
    'openThen': 'Once it is open in the browser, add it to the home screen as shown there',
    'copy': 'Copy link',
    'copied': 'Copied: paste it into your browser',
    'stayHere': 'Stay here for now',
    'iosTitle': 'Add to Home Screen',
    'iosWhy': 'Opened from the home screen it works without a network, and iOS does not delete its records after 7 days unused.',
    'iosShare': 'Tap Safari\'s Share button (a square with an arrow) at the bottom',
    'iosAdd': 'Scroll down and choose "Add to Home Screen"',
    'iosConfirm': 'Tap "Add" at the top right; from then on open it from its icon',
    'androidTitle': 'Install on this phone',
    'androidWhy': 'Installed, it opens from the home screen, works without a network, and its records are less likely to be cleared.',
    'later': 'Not now',
    'apps': {
      'wechat': 'WeChat',
      'wecom': 'WeCom',
      'dingtalk': 'DingTalk',
      'feishu': 'Feishu',
      'qq': 'QQ',
      'alipay': 'Alipay',
      'weibo': 'Weibo',
      'other-app': 'this app',
    },
  },
} satisfies Messages<typeof zh>
