import type { NavigationGuard } from 'vue-router'
import { useSessionStore } from '../../stores/session'

/**
 * The overview is for coordinators: someone not signed in signs in first, staff go back to 首页.
 * The server decides what each account may read; this keeps staff from a screen of other units' gaps.
 */
export const coordinatorsOnly: NavigationGuard = async (to) => {
  const session = useSessionStore()
  if (!session.loaded)
    await session.load()
  if (session.isCoordinator)
    return true
  if (!session.user)
    return { path: '/login', query: { redirect: to.fullPath } }
  return { path: '/', replace: true }
}
