// What 首页 shows of this namespace: it ships with the first screen. The rest is later/overview.ts.
export default {
  entry: '各单位进度总览',
  entryHint: '各单位完成情况、逾期任务和各部分进度',
}
