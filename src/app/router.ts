import { createRouter, createWebHistory, loadRouteLocation, type RouteRecordRaw, START_LOCATION } from 'vue-router'
import { coordinatorsOnly } from './features/overview'
import { kioskGuard, kioskRouteName } from './features/kiosk'
import HomePage from './features/home/pages/HomePage.vue'
import { loadLaterMessages, type MessageNamespace } from './i18n'
import type { Component } from 'vue'
import type { PageName } from './pages'

declare module 'vue-router' {
  interface RouteMeta {
    /** Top-level screens show the bottom tab bar; detail screens have a back arrow instead. */
    tab?: boolean
    /** The screen shows plans or tasks: a start there opens the plan library (and stores the bundled plans) at once. */
    showsPlans?: boolean
    /**
     * The namespaces of the later Chinese messages the screen shows, so that the first visit there
     * waits for those alone to be merged (the others merge in later tasks); without it the screen waits for all.
     */
    messages?: MessageNamespace[]
  }
}

// The first screen is in the main bundle; every other screen is its own lazy chunk, loaded through
// pages.ts (one small chunk) so the first screen does not carry what each of them needs.
function page(name: PageName): () => Promise<{ default: Component }> {
  return () => import('./pages').then(({ pages }) => {
    const load: () => Promise<{ default: Component }> = pages[name]
    return load()
  })
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { tab: true, showsPlans: true } },
  { path: '/plans', name: 'plans', component: page('PlansPage'), meta: { tab: true, showsPlans: true, messages: ['auth', 'common', 'plan', 'sync', 'task'] } },
  { path: '/tasks/:taskId', name: 'task', component: page('TaskPage'), props: true, meta: { showsPlans: true } },
  { path: '/events', name: 'events', component: page('EventsPage'), meta: { tab: true, messages: ['auth', 'common', 'event', 'sync'] } },
  { path: '/events/new', name: 'event-new', component: page('EventFormPage') },
  { path: '/events/annual/:year(\\d{4})', name: 'events-year-report', component: page('EventsYearReportPage'), props: true, beforeEnter: coordinatorsOnly },
  { path: '/events/templates', name: 'event-templates', component: page('EventTemplatesPage') },
  { path: '/events/:eventId', name: 'event', component: page('EventPage'), props: true },
  { path: '/events/:eventId/edit', name: 'event-edit', component: page('EventFormPage'), props: true },
  { path: '/events/:eventId/poster', name: 'event-poster', component: page('QuestionnairePosterPage'), props: true },
  { path: '/events/:eventId/report', name: 'event-report', component: page('EventReportPage'), props: true },
  { path: '/feedback', name: 'feedback', component: page('FeedbackPage'), meta: { tab: true, messages: ['auth', 'common', 'faq', 'feedback', 'plan', 'questionnaire', 'sync', 'task'] } },
  { path: '/feedback/new', name: 'feedback-new', component: page('FeedbackNewPage') },
  { path: '/feedback/issues', name: 'feedback-issues', component: page('FeedbackIssuesPage') },
  { path: '/feedback/:feedbackId', name: 'feedback-item', component: page('FeedbackItemPage'), props: true },
  { path: '/feedback/questionnaires', name: 'questionnaires', component: page('FeedbackQuestionnairesPage') },
  { path: '/feedback/questionnaires/:questionnaireId', name: 'questionnaire-edit', component: page('FeedbackQuestionnaireEditPage'), props: true },
  { path: '/feedback/settings', name: 'feedback-settings', component: page('FeedbackSettingsPage') },
  { path: '/faq', name: 'faq', component: page('FaqPage') },
  // Kiosk mode: a visitor holds the phone; the guard below keeps them on the questionnaire.
  { path: '/kiosk/:eventId', name: kioskRouteName, component: page('KioskPage'), props: true },
  { path: '/me', name: 'me', component: page('MePage'), meta: { tab: true } },
  { path: '/import', name: 'import', component: page('ImportPage') },
  { path: '/login', name: 'login', component: page('SignInPage') },
  { path: '/sync', name: 'sync', component: page('SyncPage') },
  { path: '/password', name: 'password', component: page('PasswordPage') },
  { path: '/accounts', name: 'accounts', component: page('AccountsPage'), beforeEnter: coordinatorsOnly },
  { path: '/directory', name: 'directory', component: page('DirectoryPage'), beforeEnter: coordinatorsOnly },
  { path: '/overview', name: 'overview', component: page('OverviewPage'), beforeEnter: coordinatorsOnly },
  { path: '/overview/units/:unit', name: 'overview-unit', component: page('OverviewUnitPage'), props: true, beforeEnter: coordinatorsOnly },
  { path: '/:unknown(.*)*', redirect: '/' },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  // The first screen is already at the top: scrolling there would force a layout during startup.
  scrollBehavior: (_to, from, saved) => (from === START_LOCATION ? false : saved ?? { top: 0 }),
})

router.beforeEach(kioskGuard)
// Every screen but 首页 shows Chinese messages that are not part of the first screen's download.
router.beforeResolve(to => to.name === 'home' || loadLaterMessages(to.meta.messages).then(() => true))

/**
 * What every screen but 首页 needs: their Chinese messages and the list of screens (pages.ts). Fetched
 * in idle time after the first paint, so the first tap elsewhere waits only for its own screen.
 */
export function prefetchLaterScreens(): Promise<void> {
  return Promise.all([loadLaterMessages(), import('./pages')]).then(() => undefined)
}

/**
 * Starts downloading the screen at `path` before the router navigates there: on a start at
 * a later screen (计划, a task), its chunk then arrives while the app renders, not after it.
 * A failure is left to the navigation itself, which loads the same code again and reports it.
 */
export function preloadScreen(path: string): void {
  loadRouteLocation(router.resolve(path)).catch(() => undefined)
}

/** Starts fetching the later messages the screen at `path` waits for, before the router gets there. */
export function preloadScreenMessages(path: string): void {
  const screen = router.resolve(path)
  if (screen.name !== 'home')
    loadLaterMessages(screen.meta.messages).catch(() => undefined)
}

/** Whether the screen at `path` shows plans (route meta `showsPlans`). */
export function screenShowsPlans(path: string): boolean {
  return Boolean(router.resolve(path).meta.showsPlans)
}
