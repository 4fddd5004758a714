// Which browser the app runs in, as far as installing it goes. Most staff links arrive in WeChat
// or DingTalk; their built-in browsers cannot install a web app and may clear its storage (the
// records not yet synced included) whenever they like, so there the app asks to be opened in
// the phone's own browser instead.

export type InAppBrowser = 'wechat' | 'wecom' | 'dingtalk' | 'feishu' | 'qq' | 'alipay' | 'weibo' | 'other-app'
export type BrowserKind
  = | { kind: 'in-app', app: InAppBrowser, ios: boolean }
    | { kind: 'ios-safari' }
    | { kind: 'ios-other' }
    | { kind: 'android' }
    | { kind: 'desktop' }

export interface DeviceHints {
  /** navigator.platform: an iPad asking for desktop sites says MacIntel. */
  platform?: string
  maxTouchPoints?: number
}

const inAppMarkers: Array<[InAppBrowser, RegExp]> = [
  // WeCom (企业微信) also says MicroMessenger: test it first.
  ['wecom', /wxwork/i],
  ['wechat', /MicroMessenger/i],
  ['dingtalk', /DingTalk/i],
  ['feishu', /Lark|Feishu/i],
  ['qq', /\bQQ\/\d/i],
  ['alipay', /AlipayClient/i],
  ['weibo', /Weibo/i],
  // Facebook, Instagram, Line and other apps' web views.
  ['other-app', /FBAN|FBAV|Instagram|\bLine\/|; wv\)/i],
]

export function browserKindOf(userAgent: string, hints: DeviceHints = {}): BrowserKind {
  const ios = /iPhone|iPad|iPod/.test(userAgent) || (hints.platform === 'MacIntel' && (hints.maxTouchPoints ?? 0) > 1)
  const app = inAppMarkers.find(([, marker]) => marker.test(userAgent))?.[0]
  if (app)
    return { kind: 'in-app', app, ios }
  if (ios) {
    // Chrome, Firefox and Edge on iOS name themselves; an app's web view lacks "Safari/".
    const safari = /Safari\//.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS|Mercury/.test(userAgent)
    if (safari)
      return { kind: 'ios-safari' }
    return /CriOS|FxiOS|EdgiOS|OPiOS/.test(userAgent) ? { kind: 'ios-other' } : { kind: 'in-app', app: 'other-app', ios: true }
  }
  return /Android/i.test(userAgent) ? { kind: 'android' } : { kind: 'desktop' }
}
