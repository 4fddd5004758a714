export default {
  name: '开放日助手',
}
