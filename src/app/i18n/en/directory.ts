import type zh from '../zh-CN/directory'
import type { Messages } from '../keys'

export default {
  entry: 'Unit directory',
  entryHint: 'Units of your organization, short names and aliases',
  title: 'Unit directory',
  intro: '{org} · {n} units',
  noDirectory: 'No unit directory yet: it appears after the first sync.',
  offlineHint: 'Changing the directory needs a connection.',
  add: 'Add unit',
  edit: 'Edit unit',
  readOnly: 'Managed by another organization',
  retired: 'Retired',
  shortNames: 'Short names: {names}',
  aliases: 'Aliases: {names}',
  kind: {
    organization: 'Organization',
    office: 'Office',
    department: 'Department',
    town: 'Town/street',
    section: 'Section',
    affiliate: 'Affiliate',
  },
  form: {
    name: 'Name',
    namePlaceholder: 'Full name of the unit',
    kind: 'Kind',
    parent: 'Parent unit',
    chooseParent: 'Choose',
    shortNames: 'Short names',
    aliases: 'Aliases',
    namesPlaceholder: 'Separate several with commas',
    namesHint: 'A plan naming the unit this way is matched to it.',
    retired: 'Retired (history kept, not offered for new assignments)',
    save: 'Save',
    invalid: {
      name: 'Enter a name (at most 100 characters)',
      parent: 'Choose a parent unit',
    },
  },
  done: {
    added: '{name} added',
    saved: '{name} saved',
  },
  error: {
    offline: 'Cannot reach the server; try again when online',
    expired: 'Your session has expired; please sign in again',
  },
} satisfies Messages<typeof zh>
