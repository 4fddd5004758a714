import { createRouter, createWebHistory, loadRouteLocation, type RouteRecordRaw, START_LOCATION } from 'vue-router'
import { coordinatorsOnly } from './features/overview'
import { kioskGuard, kioskRouteName } from './features/kiosk'
import HomePage from './features/home/pages/HomePage.vue'
import { loadLaterMessages, type MessageNamespace } from './i18n'

declare module 'vue-router' {
  interface RouteMeta {
    /** Top-level screens show the bottom tab bar; detail screens have a back arrow instead. */
    tab?: boolean
    /** The screen shows plans or tasks: a start there opens the plan library (and stores the bundled plans) at once. */
    showsPlans?: boolean
    /**
     * The namespaces of the later Chinese messages the screen shows, so that the first visit there
     * waits for those alone (the others arrive in idle time); without it the screen waits for all.
     */
    messages?: MessageNamespace[]
  }
}

// The first screen is in the main bundle; every other screen is its own lazy chunk.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { tab: true, showsPlans: true } },
  { path: '/plans', name: 'plans', component: () => import('./features/plans/pages/PlansPage.vue'), meta: { tab: true, showsPlans: true, messages: ['auth', 'common', 'plan', 'sync', 'task'] } },
  { path: '/tasks/:taskId', name: 'task', component: () => import('./features/tasks/pages/TaskPage.vue'), props: true, meta: { showsPlans: true } },
  { path: '/events', name: 'events', component: () => import('./features/events/pages/EventsPage.vue'), meta: { tab: true, messages: ['auth', 'common', 'event', 'sync'] } },
  { path: '/events/new', name: 'event-new', component: () => import('./features/events/pages/EventFormPage.vue') },
  { path: '/events/annual/:year(\\d{4})', name: 'events-year-report', component: () => import('./features/events/pages/EventsYearReportPage.vue'), props: true, beforeEnter: coordinatorsOnly },
  { path: '/events/templates', name: 'event-templates', component: () => import('./features/events/pages/EventTemplatesPage.vue') },
  { path: '/events/:eventId', name: 'event', component: () => import('./features/events/pages/EventPage.vue'), props: true },
  { path: '/events/:eventId/edit', name: 'event-edit', component: () => import('./features/events/pages/EventFormPage.vue'), props: true },
  { path: '/events/:eventId/poster', name: 'event-poster', component: () => import('./features/questionnaires/pages/QuestionnairePosterPage.vue'), props: true },
  { path: '/events/:eventId/report', name: 'event-report', component: () => import('./features/events/pages/EventReportPage.vue'), props: true },
  { path: '/feedback', name: 'feedback', component: () => import('./features/feedback/pages/FeedbackPage.vue'), meta: { tab: true, messages: ['auth', 'common', 'faq', 'feedback', 'plan', 'questionnaire', 'sync', 'task'] } },
  { path: '/feedback/new', name: 'feedback-new', component: () => import('./features/feedback/pages/FeedbackNewPage.vue') },
  { path: '/feedback/issues', name: 'feedback-issues', component: () => import('./features/feedback/pages/FeedbackIssuesPage.vue') },
  { path: '/feedback/:feedbackId', name: 'feedback-item', component: () => import('./features/feedback/pages/FeedbackItemPage.vue'), props: true },
  { path: '/feedback/questionnaires', name: 'questionnaires', component: () => import('./features/questionnaires/pages/FeedbackQuestionnairesPage.vue') },
  { path: '/feedback/questionnaires/:questionnaireId', name: 'questionnaire-edit', component: () => import('./features/questionnaires/pages/FeedbackQuestionnaireEditPage.vue'), props: true },
  { path: '/feedback/settings', name: 'feedback-settings', component: () => import('./features/feedback/pages/FeedbackSettingsPage.vue') },
  { path: '/faq', name: 'faq', component: () => import('./features/faq/pages/FaqPage.vue') },
  // Kiosk mode: a visitor holds the phone; the guard below keeps them on the questionnaire.
  { path: '/kiosk/:eventId', name: kioskRouteName, component: () => import('./features/kiosk/pages/KioskPage.vue'), props: true },
  { path: '/me', name: 'me', component: () => import('./features/me/pages/MePage.vue'), meta: { tab: true } },
  { path: '/import', name: 'import', component: () => import('./features/import/pages/ImportPage.vue') },
  { path: '/login', name: 'login', component: () => import('./features/auth/pages/SignInPage.vue') },
  { path: '/sync', name: 'sync', component: () => import('./features/sync/pages/SyncPage.vue') },
  { path: '/password', name: 'password', component: () => import('./features/auth/pages/PasswordPage.vue') },
  { path: '/accounts', name: 'accounts', component: () => import('./features/accounts/pages/AccountsPage.vue'), beforeEnter: coordinatorsOnly },
  { path: '/directory', name: 'directory', component: () => import('./features/directory/pages/DirectoryPage.vue'), beforeEnter: coordinatorsOnly },
  { path: '/overview', name: 'overview', component: () => import('./features/overview/pages/OverviewPage.vue'), beforeEnter: coordinatorsOnly },
  { path: '/overview/units/:unit', name: 'overview-unit', component: () => import('./features/overview/pages/OverviewUnitPage.vue'), props: true, beforeEnter: coordinatorsOnly },
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
