import type zh from '../zh-CN/app'
import type { Messages } from '../keys'

export default {
  name: 'Open Day Assistant',
  tabs: {
    label: 'Main navigation',
    home: 'Home',
    plans: 'Plans',
    events: 'Events',
    feedback: 'Feedback',
    me: 'Me',
    badge: ', {n} replies due soon or overdue',
  },
} satisfies Messages<typeof zh>
