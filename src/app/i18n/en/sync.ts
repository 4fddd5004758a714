import type zh from '../zh-CN/sync'
import type zhLater from '../zh-CN/later/sync'
import type { Messages } from '../keys'

export default {
  title: 'Sync',
  status: {
    syncing: 'Syncing…',
    synced: 'Synced',
    pending: '{n} changes waiting to sync',
    lastSync: 'Last synced {time}',
    never: 'Never synced',
    open: 'Show sync details',
  },
  since: {
    justNow: 'just now',
    minutes: '{n} min ago',
    hours: '{n} h ago',
    days: '{n} days ago',
  },
  problem: {
    offline: 'Offline: changes are saved on this phone and sync when the network returns',
    unreachable: 'Cannot reach the server; retrying shortly',
    sessionExpired: 'Your sign-in has expired. Please sign in again',
    signedOut: 'Not signed in: changes are saved on this phone and sync after sign-in',
    passwordChange: 'Syncs once you change your one-time password: changes are saved on this phone meanwhile',
    serverError: 'The server had an error; retrying shortly',
    deviceError: 'Storage error on this phone; changes may not be saved',
  },
  details: {
    title: 'Sync status',
    account: 'Account',
    notSignedIn: 'Not signed in',
    pending: 'Changes waiting',
    lastSuccess: 'Last successful sync',
    retry: 'Next retry',
    problemDetail: 'Error',
    others: 'Unsent changes of {name}',
    othersHelp: '{n}, sent only after they sign in',
    unknownUser: 'another account',
    syncNow: 'Sync now',
    signIn: 'Sign in',
    signInAgain: 'Sign in again',
  },
  rejected: {
    title: 'Changes not accepted',
    help: 'The server refused these changes; they will not be sent again. Check and enter them again; export them first if needed.',
    reason: 'Reason: {reason}',
  },
  superseded: {
    title: 'Changes overtaken by others',
    help: 'Someone changed the same item later, so your change did not take effect. It is kept in the history.',
    item: '{what}: {fields}',
  },
  stale: {
    warning: 'Some changes have not synced for {n} days. iPhones delete data of websites not opened for 7 days (adding to the home screen prevents this): sync soon, or export a backup.',
  },
  export: {
    button: 'Export unsent changes',
    help: 'If sync is impossible, save the unsent changes (with photos) to a file and give it to a coordinator.',
    shared: 'File shared',
    downloaded: 'File saved',
    nothing: 'No unsent changes',
    failed: 'Export failed: {message}',
  },
  progress: {
    todo: 'to do',
    partial: 'partly done',
    done: 'done',
  },
  field: {
    status: 'status',
    note: 'note',
    count: 'count',
    caption: 'caption',
  },
  refused: {
    tooLargeForServer: 'This change is {size} and the server refused it: {message}; shorten it and enter it again',
    tooLarge: 'This change is {size}, over the {limit} the server accepts for one change, so it cannot be synced; shorten it and enter it again',
  },
  signOut: {
    section: 'Signed in as',
    sending: 'Sending',
    confirm: 'Signing out removes your records, photos and synced data from this phone; they come back from the server when you sign in again. Sign out?',
    unsent: '{n} changes have not reached the server. Signing out removes them from this phone.',
    unsentOffline: 'There is no network, so {n} changes cannot be sent now. Signing out removes them from this phone.',
    exportAndLeave: 'Export to a file, then sign out',
    exportHint: 'The file includes photos, for a coordinator',
    discardAndLeave: 'Sign out without exporting, giving them up',
    discardWarning: 'These {n} changes were never sent and will be lost for good when you sign out.',
    discardConfirm: 'Give up and sign out',
  },
} satisfies Messages<typeof zh & typeof zhLater>
