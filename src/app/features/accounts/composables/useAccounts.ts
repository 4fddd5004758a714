import type { ListedUser, NewUser } from '../../../../shared/api/users'
import { computed, onScopeDispose, ref, shallowRef } from 'vue'
import { translate } from '../../../i18n'
import { useSessionStore } from '../../../stores/session'
import { askToConfirm, tell } from '../../../ui/dialogs'
import { accountsApi, loadUserContract } from '../data/accountsApi'
import { ApiRequestError, NetworkError } from '../../../sync/api'
import { groupAccountsByUnit, knownUnits } from '../model/accountList'
import { useUnitChoices } from '../../plans'
import { useDirectory } from '../../directory'

/** loading, ready (the server's list), offline (no list: nothing stale is shown), failed (refused). */
export type AccountsState = 'loading' | 'ready' | 'offline' | 'failed'
export type AccountAction = 'reset' | 'revoke' | 'deactivate' | 'reactivate'
export type AccountField = 'username' | 'displayName' | 'unit' | 'role'
export type AccountFormErrors = Partial<Record<AccountField, string>>

const fields: AccountField[] = ['username', 'displayName', 'unit', 'role']
const isField = (path: unknown): path is AccountField => fields.includes(path as AccountField)

/** Words for a failed request: the server's own (Chinese) message whenever it gave one. */
export function describeAccountFailure(error: unknown): string {
  if (error instanceof NetworkError)
    return translate('accounts.error.offline')
  if (!(error instanceof ApiRequestError))
    throw error
  if (error.status === 401)
    return translate('accounts.error.expired')
  if (error.status === 429)
    return translate('accounts.error.tooMany')
  return error.message
}

function showFailure(error: unknown): void {
  void tell({ title: translate('accounts.error.title'), message: describeAccountFailure(error), confirmButtonText: translate('common.confirm') })
}

/** Asks before any step on someone's account; every one of them signs people out or in. */
export function confirmAccountAction(action: AccountAction, account: ListedUser): Promise<boolean> {
  return askToConfirm({
    title: translate(`accounts.confirm.${action}Title`),
    message: translate(`accounts.confirm.${action}`, { name: account.displayName, username: account.username }),
    confirmButtonText: translate(`accounts.action.${action}`),
    cancelButtonText: translate('common.cancel'),
  })
}

/** The same rules the server checks (newUserSchema), as one message per field. */
export async function accountFormProblems(input: NewUser): Promise<AccountFormErrors> {
  const { newUserSchema } = await loadUserContract()
  const parsed = newUserSchema.safeParse(input)
  const errors: AccountFormErrors = {}
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0]
    if (isField(field))
      errors[field] ??= translate(`accounts.form.invalid.${field}`)
  }
  return errors
}

/** Account administration for coordinators: only ever what the server says now, never a copy. */
export function useAccounts() {
  const session = useSessionStore()
  const { units: planUnits } = useUnitChoices()
  const accounts = shallowRef<ListedUser[]>([])
  const state = ref<AccountsState>('loading')
  const loadProblem = ref('')
  const query = ref('')
  const busy = ref(false)
  const formErrors = shallowRef<AccountFormErrors>({})
  const groups = computed(() => groupAccountsByUnit(accounts.value, query.value))
  const directory = useDirectory()
  // With a unit directory an account belongs to one of my organization's units (by node id);
  // without one (a server not yet upgraded), the names the plans and accounts use.
  const units = computed(() => directory.myOrganizationUnits.value.length
    ? directory.myOrganizationUnits.value.map(node => node.id)
    : knownUnits(planUnits.value, accounts.value))
  const unitLabels = computed(() => Object.fromEntries(directory.myOrganizationUnits.value.map(node => [node.id, node.name])))
  const selfId = computed(() => session.user?.id ?? null)

  function goOffline() {
    accounts.value = []
    state.value = 'offline'
  }

  async function refresh(): Promise<void> {
    if (globalThis.navigator?.onLine === false)
      return goOffline()
    if (!session.loaded)
      await session.load()
    try {
      accounts.value = await accountsApi.list(session.session?.token ?? '')
      state.value = 'ready'
    }
    catch (error) {
      if (error instanceof NetworkError)
        return goOffline()
      loadProblem.value = translate('accounts.error.load', { reason: describeAccountFailure(error) })
      state.value = 'failed'
    }
  }

  function replace(user: ListedUser) {
    accounts.value = accounts.value.some(a => a.id === user.id)
      ? accounts.value.map(a => (a.id === user.id ? user : a))
      : [...accounts.value, user]
  }

  /** Runs one request; a refusal is shown in words and answers null. */
  async function attempt<T>(request: (token: string) => Promise<T>): Promise<T | null> {
    busy.value = true
    try {
      return await request(session.session?.token ?? '')
    }
    catch (error) {
      showFailure(error)
      return null
    }
    finally {
      busy.value = false
    }
  }

  /** Adds an account; answers its one-time password, or null with the problems in formErrors. */
  async function create(input: NewUser): Promise<{ user: ListedUser, password: string } | null> {
    busy.value = true
    try {
      formErrors.value = await accountFormProblems(input)
      if (Object.keys(formErrors.value).length)
        return null
      const { user, password } = await accountsApi.create(session.session?.token ?? '', input)
      replace(user)
      return { user, password: password ?? '' }
    }
    catch (error) {
      const issues = error instanceof ApiRequestError ? error.issues.filter(i => isField(i.path)) : []
      if (issues.length)
        formErrors.value = Object.fromEntries(issues.map(i => [i.path, i.message]))
      else
        showFailure(error)
      return null
    }
    finally {
      busy.value = false
    }
  }

  async function resetPassword(account: ListedUser): Promise<string | null> {
    const password = await attempt(token => accountsApi.resetPassword(token, account.id))
    if (password)
      replace({ ...account, mustChangePassword: true })
    return password
  }

  const revokeSessions = (account: ListedUser) => attempt(token => accountsApi.revokeSessions(token, account.id))

  async function setActive(account: ListedUser, active: boolean): Promise<boolean> {
    const user = await attempt(token => accountsApi.setActive(token, account.id, active))
    if (user)
      replace(user)
    return user !== null
  }

  const online = () => void refresh()
  globalThis.addEventListener?.('online', online)
  globalThis.addEventListener?.('offline', goOffline)
  onScopeDispose(() => {
    globalThis.removeEventListener?.('online', online)
    globalThis.removeEventListener?.('offline', goOffline)
  })

  return { accounts, groups, units, unitLabels, selfId, state, loadProblem, query, busy, formErrors, refresh, create, resetPassword, revokeSessions, setActive }
}
