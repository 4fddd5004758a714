// What 首页 shows of this namespace: it ships with the first screen. The rest is later/common.ts.
export default {
  back: '返回',
  loading: '加载中…',
}
