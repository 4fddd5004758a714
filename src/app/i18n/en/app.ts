export default {
  name: 'Open Day Assistant',
  tabs: {
    label: 'Main navigation',
    home: 'Home',
    plans: 'Plans',
    events: 'Events',
    me: 'Me',
    badge: ', {n} replies due soon or overdue',
  },
}
