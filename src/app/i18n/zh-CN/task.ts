// What 首页 shows of this namespace: it ships with the first screen. The rest is later/task.ts.
export default {
  numbered: '第{chapter}部分 第{item}项',
  dueOn: '{date} 到期',
  overdueOn: '已逾期 {date}',
  percentDone: '完成 {percent}%',
  nothingToTick: '无需本单位勾选',
  due: '到期日',
}
