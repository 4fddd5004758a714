export default {
  name: '开放日助手',
  tabs: {
    label: '主导航',
    home: '首页',
    plans: '计划',
    events: '活动',
    feedback: '意见',
    me: '我的',
    badge: '，{n} 条意见临近或超过答复期限',
  },
}
