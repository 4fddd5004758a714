export default {
  name: 'Open Day Assistant',
}
