import type zh from '../zh-CN/account'
import type zhLater from '../zh-CN/later/account'
import type { Messages } from '../keys'

export default {
  section: 'Account',
  changePassword: 'Change password',
  title: 'Change password',
  oneTimeIntro: 'You are signed in with a one-time password from an administrator. Please set a password only you know.',
  current: 'Current password',
  currentPlaceholder: 'Your current password',
  new: 'New password',
  newPlaceholder: 'At least 8 characters',
  confirm: 'Confirm',
  confirmPlaceholder: 'The new password again',
  rules: 'The new password must',
  rule: {
    notGuessable: 'not be a common password or contain your username or name',
    length: 'have at least 8 characters',
    differs: 'differ from the current one',
    matches: 'be typed the same twice',
  },
  ruleMet: 'met',
  ruleUnmet: 'not met yet',
  submit: 'Change password',
  changed: 'Password changed. Other devices are signed out and need the new password.',
  signInFirst: 'Please sign in first to change your password.',
  reminder: 'You are still using a one-time password. Please change it soon.',
  passwordFirst: 'You are still using a one-time password: set your own before managing accounts and the directory.',
  error: {
    guessable: 'This password is too common or contains your username or name; choose another',
    currentRequired: 'Enter your current password',
    tooShort: 'The new password needs at least 8 characters',
    tooLong: 'The new password can have at most 256 characters',
    sameAsCurrent: 'The new password must differ from the current one',
    mismatch: 'The two new passwords differ',
    wrongCurrent: 'The current password is not right',
    offline: 'Changing the password needs a network connection. What you recorded on this device is safe.',
    expired: 'Your sign-in has expired. Please sign in again, then change the password.',
    tooMany: 'Too many attempts, please try again later',
    server: 'Server error ({status}), please try again later',
  },
} satisfies Messages<typeof zh & typeof zhLater>
