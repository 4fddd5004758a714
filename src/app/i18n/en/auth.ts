import type zh from '../zh-CN/auth'
import type { Messages } from '../keys'

export default {
  title: 'Sign in',
  username: 'Username',
  usernamePlaceholder: 'Enter your username',
  usernameRequired: 'Please enter your username',
  password: 'Password',
  passwordPlaceholder: 'Enter your password',
  passwordRequired: 'Please enter your password',
  submit: 'Sign in',
  signOut: 'Sign out',
  signedInAs: '{name} ({unit})',
  expired: '{name}, your sign-in has expired. Unsent changes are kept on this phone and sent after you sign in again.',
  othersPending: 'This phone holds {n} unsent changes of another account; they are sent only after that person signs in.',
  needsNetwork: 'Signing in needs a network. You can keep recording without it; changes stay on this phone and sync after sign-in.',
  role: {
    coordinator: 'Coordinator',
    staff: 'Staff',
  },
  error: {
    wrongCredentials: 'Wrong username or password',
    tooMany: 'Too many attempts; please try again later',
    offline: 'Cannot reach the server; check the network and try again',
    invalid: 'Please check what you entered: {detail}',
    server: 'Server error ({status}); please try again later',
  },
} satisfies Messages<typeof zh>
