// Every screen but 首页, loaded when its route is first opened (router.ts). Apart from the router
// because each of these imports carries the list of files its screen needs (the preload helper
// fetches them in one go): for 28 screens about 4 KB gzip that the first screen would download for nothing.
import type { Component } from 'vue'

export const pages = {
  PlansPage: () => import('./features/plans/pages/PlansPage.vue'),
  TaskPage: () => import('./features/tasks/pages/TaskPage.vue'),
  EventsPage: () => import('./features/events/pages/EventsPage.vue'),
  EventFormPage: () => import('./features/events/pages/EventFormPage.vue'),
  EventsYearReportPage: () => import('./features/events/pages/EventsYearReportPage.vue'),
  EventTemplatesPage: () => import('./features/events/pages/EventTemplatesPage.vue'),
  EventPage: () => import('./features/events/pages/EventPage.vue'),
  QuestionnairePosterPage: () => import('./features/questionnaires/pages/QuestionnairePosterPage.vue'),
  EventReportPage: () => import('./features/events/pages/EventReportPage.vue'),
  FeedbackPage: () => import('./features/feedback/pages/FeedbackPage.vue'),
  FeedbackNewPage: () => import('./features/feedback/pages/FeedbackNewPage.vue'),
  FeedbackIssuesPage: () => import('./features/feedback/pages/FeedbackIssuesPage.vue'),
  FeedbackItemPage: () => import('./features/feedback/pages/FeedbackItemPage.vue'),
  FeedbackQuestionnairesPage: () => import('./features/questionnaires/pages/FeedbackQuestionnairesPage.vue'),
  FeedbackQuestionnaireEditPage: () => import('./features/questionnaires/pages/FeedbackQuestionnaireEditPage.vue'),
  FeedbackSettingsPage: () => import('./features/feedback/pages/FeedbackSettingsPage.vue'),
  FaqPage: () => import('./features/faq/pages/FaqPage.vue'),
  KioskPage: () => import('./features/kiosk/pages/KioskPage.vue'),
  MePage: () => import('./features/me/pages/MePage.vue'),
  ImportPage: () => import('./features/import/pages/ImportPage.vue'),
  SignInPage: () => import('./features/auth/pages/SignInPage.vue'),
  SyncPage: () => import('./features/sync/pages/SyncPage.vue'),
  PasswordPage: () => import('./features/auth/pages/PasswordPage.vue'),
  AccountsPage: () => import('./features/accounts/pages/AccountsPage.vue'),
  DirectoryPage: () => import('./features/directory/pages/DirectoryPage.vue'),
  OverviewPage: () => import('./features/overview/pages/OverviewPage.vue'),
  OverviewUnitPage: () => import('./features/overview/pages/OverviewUnitPage.vue'),
} satisfies Record<string, () => Promise<{ default: Component }>>

export type PageName = keyof typeof pages
