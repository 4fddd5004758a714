export default {
  name: 'Open Day Assistant',
  tabs: {
    label: 'Main navigation',
    home: 'Home',
    plans: 'Plans',
    me: 'Me',
  },
}
