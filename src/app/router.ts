import { createRouter, createWebHistory, loadRouteLocation, type RouteRecordRaw, START_LOCATION } from 'vue-router'
import { coordinatorsOnly } from './composables/useOverviewAccess'
import { kioskGuard, kioskRouteName } from './composables/useKioskMode'
import HomePage from './pages/HomePage.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** Top-level screens show the bottom tab bar; detail screens have a back arrow instead. */
    tab?: boolean
  }
}

// The first screen is in the main bundle; every other screen is its own lazy chunk.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage, meta: { tab: true } },
  { path: '/plans', name: 'plans', component: () => import('./pages/PlansPage.vue'), meta: { tab: true } },
  { path: '/tasks/:taskId', name: 'task', component: () => import('./pages/TaskPage.vue'), props: true },
  { path: '/events', name: 'events', component: () => import('./pages/EventsPage.vue'), meta: { tab: true } },
  { path: '/events/new', name: 'event-new', component: () => import('./pages/EventFormPage.vue') },
  { path: '/events/templates', name: 'event-templates', component: () => import('./pages/EventTemplatesPage.vue') },
  { path: '/events/:eventId', name: 'event', component: () => import('./pages/EventPage.vue'), props: true },
  { path: '/events/:eventId/edit', name: 'event-edit', component: () => import('./pages/EventFormPage.vue'), props: true },
  { path: '/events/:eventId/report', name: 'event-report', component: () => import('./pages/EventReportPage.vue'), props: true },
  { path: '/feedback', name: 'feedback', component: () => import('./pages/FeedbackPage.vue'), meta: { tab: true } },
  { path: '/feedback/new', name: 'feedback-new', component: () => import('./pages/FeedbackNewPage.vue') },
  { path: '/feedback/issues', name: 'feedback-issues', component: () => import('./pages/FeedbackIssuesPage.vue') },
  { path: '/feedback/:feedbackId', name: 'feedback-item', component: () => import('./pages/FeedbackItemPage.vue'), props: true },
  { path: '/feedback/questionnaires', name: 'questionnaires', component: () => import('./pages/FeedbackQuestionnairesPage.vue') },
  { path: '/feedback/questionnaires/:questionnaireId', name: 'questionnaire-edit', component: () => import('./pages/FeedbackQuestionnaireEditPage.vue'), props: true },
  { path: '/feedback/settings', name: 'feedback-settings', component: () => import('./pages/FeedbackSettingsPage.vue') },
  { path: '/faq', name: 'faq', component: () => import('./pages/FaqPage.vue') },
  // Kiosk mode: a visitor holds the phone; the guard below keeps them on the questionnaire.
  { path: '/kiosk/:eventId', name: kioskRouteName, component: () => import('./pages/KioskPage.vue'), props: true },
  { path: '/me', name: 'me', component: () => import('./pages/MePage.vue'), meta: { tab: true } },
  { path: '/import', name: 'import', component: () => import('./pages/ImportPage.vue') },
  { path: '/login', name: 'login', component: () => import('./pages/SignInPage.vue') },
  { path: '/sync', name: 'sync', component: () => import('./pages/SyncPage.vue') },
  { path: '/password', name: 'password', component: () => import('./pages/PasswordPage.vue') },
  { path: '/accounts', name: 'accounts', component: () => import('./pages/AccountsPage.vue'), beforeEnter: coordinatorsOnly },
  { path: '/overview', name: 'overview', component: () => import('./pages/OverviewPage.vue'), beforeEnter: coordinatorsOnly },
  { path: '/overview/units/:unit', name: 'overview-unit', component: () => import('./pages/OverviewUnitPage.vue'), props: true, beforeEnter: coordinatorsOnly },
  { path: '/:unknown(.*)*', redirect: '/' },
]

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  // The first screen is already at the top: scrolling there would force a layout during startup.
  scrollBehavior: (_to, from, saved) => (from === START_LOCATION ? false : saved ?? { top: 0 }),
})

router.beforeEach(kioskGuard)

/**
 * Starts downloading the screen at `path` before the router navigates there: on a start at
 * a later screen (计划, a task), its chunk then arrives while the app renders, not after it.
 * A failure is left to the navigation itself, which loads the same code again and reports it.
 */
export function preloadScreen(path: string): void {
  loadRouteLocation(router.resolve(path)).catch(() => undefined)
}
