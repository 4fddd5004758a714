// Step 3: what is on the page but not in the document: PDF page numbers, and the
// navigation, share buttons, counters and footers of the web page a plan was copied from.

const pageMarkerLine = /^(?:[—–\-－~～]\s*\d{1,3}\s*[—–\-－~～]|第\d{1,3}页(?:[，,/]?共\d{1,3}页)?|共\d{1,3}页[，,]?第\d{1,3}页|\d{1,3}\s*\/\s*\d{1,3})$/
const inlinePageMarker = /—\s*\d{1,3}\s*—|(?<![\d\w])[-－]\s*\d{1,3}\s*[-－](?![\d\w])|第\s*\d{1,3}\s*页\s*[，,]?\s*共\s*\d{1,3}\s*页/g

export function isPageMarker(text: string): boolean {
  return pageMarkerLine.test(text.replace(/\s+/g, ''))
}

export function stripInlinePageMarkers(text: string): string {
  return text.replace(inlinePageMarker, '')
}

// Phrases only a web page's furniture uses. The strong ones mark a line of any length;
// the weak ones only a short line that is not a sentence, since a plan may say 分享 or 来源.
const chromeStrong = /^核心提示[：:]|版权所有|ICP备|Processed in|Copyright|©|凡本网|当前位置[：:]|首页\s*[>»]/i
const chromeWeak = /扫描二维码|扫一扫|手机打开|打开当前页|【关闭】|【打印】|分享到|分享好友|朋友圈|放大字体|缩小字体|字号[：:]?\s*[【\[]?大|浏览次数|阅读次数|点击数|点击排行|访问量|打印本文|【打印|\[打印|关闭窗口|加入收藏|上一篇|下一篇|相关链接|相关文章|网站地图|联系我们|关于我们|返回顶部|技术支持[：:]|请扫码|扫码关注|责任编辑[：:]|按分类浏览|浏览$/
const chromeAtStart = /^(?:地区|标签|来源|发布时间|发布日期|作者|编辑|电询|电话|QQ|邮箱|E-?mail|声明|※|\[)[\s：:]/i
// A WeChat article's buttons and notes, each a line of its own when the article is copied.
const weChatLine = /^(?:在看|点赞|赞|分享|收藏|推荐|写留言|留言|知道了|取消|允许|阅读原文|轻触阅读原文|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|微信扫一扫.{0,20}|喜欢此内容的人还喜欢|(?:原创|转载).{0,60}\d{1,2}:\d{2}.{0,10})$/

/** True for a line that is page furniture rather than document text. */
export function isWebChrome(text: string): boolean {
  if (chromeStrong.test(text)) return true
  if (/[。；]/.test(text)) return false
  return chromeWeak.test(text) || weChatLine.test(text) || (text.length <= 80 && chromeAtStart.test(text))
}
