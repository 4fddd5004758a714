import { ref, shallowRef } from 'vue'
import { guessablePassword } from '../../../../shared/passwordStrength'
import { markPasswordChanged } from '../../../db/identity'
import { type MessageKey, translate } from '../../../i18n'
import { useSessionStore } from '../../../stores/session'
import { syncApi, syncEngine } from '../../../sync'
import { ApiRequestError, NetworkError } from '../../../sync/api'

export interface PasswordForm {
  current: string
  next: string
  confirm: string
}

export type PasswordField = keyof PasswordForm
export type PasswordErrors = Partial<Record<PasswordField, string>>
export type PasswordProblems = Partial<Record<PasswordField, MessageKey>>

// The server's rules (changePasswordSchema in src/shared/api/auth.ts), checked here without zod so
// this screen stays small; the server checks them again.
export const passwordLength = { min: 8, max: 256 }

/** Which rules the form breaks, as message keys by field; empty when it may be sent. `context`: username, name. */
export function passwordProblems({ current, next, confirm }: PasswordForm, context: readonly string[] = []): PasswordProblems {
  const problems: PasswordProblems = {}
  if (!current)
    problems.current = 'account.error.currentRequired'
  if (next.length < passwordLength.min)
    problems.next = 'account.error.tooShort'
  else if (next.length > passwordLength.max)
    problems.next = 'account.error.tooLong'
  else if (next === current)
    problems.next = 'account.error.sameAsCurrent'
  else if (guessablePassword(next, context))
    problems.next = 'account.error.guessable'
  if (confirm !== next)
    problems.confirm = 'account.error.mismatch'
  return problems
}

function describeFailure(error: unknown): { field: PasswordField | null, message: string } {
  if (error instanceof NetworkError)
    return { field: null, message: translate('account.error.offline') }
  if (!(error instanceof ApiRequestError))
    throw error
  if (error.status === 400) {
    if (error.code === 'wrong_password')
      return { field: 'current', message: translate('account.error.wrongCurrent') }
    const issue = error.issues[0]
    return { field: issue?.path === 'currentPassword' ? 'current' : 'next', message: issue?.message ?? error.message }
  }
  if (error.status === 401)
    return { field: null, message: translate('account.error.expired') }
  if (error.status === 429)
    return { field: null, message: translate('account.error.tooMany') }
  return { field: null, message: translate('account.error.server', { status: error.status }) }
}

/** Changing one's own password on the server, which needs the network; nothing on the device waits for it. */
export function usePasswordChange() {
  const session = useSessionStore()
  const sending = ref(false)
  const errors = shallowRef<PasswordErrors>({})
  const failure = ref('')
  const changed = ref(false)

  async function submit(form: PasswordForm): Promise<boolean> {
    failure.value = ''
    errors.value = Object.fromEntries(Object.entries(passwordProblems(form, [session.user?.username ?? '', session.user?.displayName ?? ''])).map(([field, key]) => [field, translate(key)]))
    const token = session.session?.token
    if (Object.keys(errors.value).length || !token)
      return false
    sending.value = true
    try {
      await syncApi.changePassword(token, { currentPassword: form.current, newPassword: form.next })
    }
    catch (error) {
      const { field, message } = describeFailure(error)
      if (field)
        errors.value = { [field]: message }
      else
        failure.value = message
      return false
    }
    finally {
      sending.value = false
    }
    await markPasswordChanged()
    await session.load()
    // Syncing waited for this (the status bar said so): the changes kept meanwhile go out now.
    void syncEngine.syncNow()
    changed.value = true
    return true
  }

  return { submit, sending, errors, failure, changed }
}
