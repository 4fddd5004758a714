import type zh from '../zh-CN/faq'
import type { Messages } from '../keys'

export default {
  title: 'FAQ',
  fullTitle: 'Frequently asked questions',
  intro: 'Drawn from issues the public raised often; coordinators review and publish them.',
  empty: 'No published questions yet.',
  drafts: 'Drafts (coordinators only)',
  noDrafts: 'No drafts. Draft one in one tap from Recurring issues.',
  question: 'Question',
  answer: 'Answer',
  saveDraft: 'Save draft',
  publish: 'Publish',
  unpublish: 'Withdraw',
  needsAnswer: 'Write the answer before publishing',
  sources: 'From {n} feedback items',
  publishedOn: 'Published {date}',
  edit: 'Edit',
  cancel: 'Cancel',
  public: {
    title: '{unit} · FAQ',
    intro: 'Answers to the questions people raised most, at open days and other events.',
    loading: 'Loading…',
    empty: 'No answers published yet.',
    offline: 'No network: connect and try again.',
    failed: 'Cannot open it right now; please try again later.',
    retry: 'Try again',
    link: 'Public page (for the event\'s QR poster)',
    copy: 'Copy link',
    copied: 'Copied',
  },
} satisfies Messages<typeof zh>
