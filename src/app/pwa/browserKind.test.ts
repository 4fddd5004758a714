import { describe, expect, it } from 'vitest'
import { browserKindOf } from './browserKind'

const ua = {
  iosSafari: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  iosChrome: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0.6312.52 Mobile/15E148 Safari/604.1',
  iosWeChat: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN',
  androidWeChat: 'Mozilla/5.0 (Linux; Android 13; V2219A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/111.0.5563.116 Mobile Safari/537.36 XWEB/1110053 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.44.2502(0x28002C51) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  wecom: 'Mozilla/5.0 (Linux; Android 12; SM-G9910 Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 wxwork/4.1.16 MicroMessenger/7.0.1 NetType/WIFI Language/zh',
  androidDingTalk: 'Mozilla/5.0 (Linux; U; Android 12; zh-CN; PGKM10 Build/SP1A.210812.016) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/69.0.3497.100 UWS/3.22.2.43 Mobile Safari/537.36 AliApp(DingTalk/7.0.50) com.alibaba.android.rimet/33706778 Channel/263200 language/zh-CN abi/64 UT4Aplus/0.2.25 colorScheme/light',
  iosDingTalk: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 AliApp(DingTalk/7.0.45) com.laiwang.DingTalk/31148898 Channel/201200 language/zh-Hans-CN UT4Aplus/0.0.6 WK',
  feishu: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Lark/7.6.5 LarkLocale/zh_CN',
  iosAppWebView: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  androidChrome: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
  ipadDesktop: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  desktopChrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
}

describe('which browser the app runs in', () => {
  it('names the in-app browsers staff links arrive in, on iOS and Android', () => {
    expect(browserKindOf(ua.iosWeChat)).toEqual({ kind: 'in-app', app: 'wechat', ios: true })
    expect(browserKindOf(ua.androidWeChat)).toEqual({ kind: 'in-app', app: 'wechat', ios: false })
    expect(browserKindOf(ua.wecom)).toEqual({ kind: 'in-app', app: 'wecom', ios: false })
    expect(browserKindOf(ua.androidDingTalk)).toEqual({ kind: 'in-app', app: 'dingtalk', ios: false })
    expect(browserKindOf(ua.iosDingTalk)).toEqual({ kind: 'in-app', app: 'dingtalk', ios: true })
    expect(browserKindOf(ua.feishu)).toEqual({ kind: 'in-app', app: 'feishu', ios: true })
  })

  it('treats an iOS web view without Safari as an in-app browser', () => {
    expect(browserKindOf(ua.iosAppWebView)).toEqual({ kind: 'in-app', app: 'other-app', ios: true })
  })

  it('tells iOS Safari (the one that adds to the home screen) from other iOS browsers', () => {
    expect(browserKindOf(ua.iosSafari)).toEqual({ kind: 'ios-safari' })
    expect(browserKindOf(ua.iosChrome)).toEqual({ kind: 'ios-other' })
    expect(browserKindOf(ua.ipadDesktop, { platform: 'MacIntel', maxTouchPoints: 5 })).toEqual({ kind: 'ios-safari' })
  })

  it('knows Android browsers and desktops', () => {
    expect(browserKindOf(ua.androidChrome)).toEqual({ kind: 'android' })
    expect(browserKindOf(ua.desktopChrome)).toEqual({ kind: 'desktop' })
    expect(browserKindOf(ua.ipadDesktop, { platform: 'MacIntel', maxTouchPoints: 0 })).toEqual({ kind: 'desktop' })
  })
})
