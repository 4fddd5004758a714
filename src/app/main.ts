import { createPinia, setActivePinia } from 'pinia'
import { createApp } from 'vue'
import { START_LOCATION } from 'vue-router'
import App from './App.vue'
import { usePlanLibrary } from './features/plans'
import { loadLaterMessages, loadLocale, savedLocale } from './i18n'
import { captureInstallPrompt } from './pwa/installPrompt'
import { preloadScreen, preloadScreenMessages, router, screenShowsPlans } from './router'
import { nextTask } from './utils/nextTask'
import { whenIdle } from './utils/whenIdle'
// Vant's design tokens (--van-*), which every screen's CSS uses; 首页 shows none of Vant's components,
// whose styles would bring them. Imported as a module, so later screens' Vant styles do not repeat it.
import 'vant/es/style/base.css'
import './styles/theme.css'

// A visitor's own phone opening a questionnaire link gets that page alone: none of the staff
// app's data, no sign-in, and no service worker downloading the whole app on their data plan.
const publicQuestionnaireToken = /^\/q\/([\w-]{32,100}|[0-9a-z]{10})\/?$/i.exec(location.pathname)?.[1]
// The same for an organization's public 常见问题与解答 (linked from event posters).
const publicFaqUnit = /^\/public\/faq\/([^/]+)\/?$/.exec(location.pathname)?.[1]

if (publicQuestionnaireToken) {
  void Promise.all([import('./features/questionnaires/pages/PublicQuestionnairePage.vue'), loadLocale(savedLocale), loadLaterMessages()]).then(([page]) => {
    createApp(page.default, { token: publicQuestionnaireToken }).mount('#app')
  })
}
else if (publicFaqUnit) {
  void Promise.all([import('./features/faq/pages/PublicFaqPage.vue'), loadLocale(savedLocale), loadLaterMessages()]).then(([page]) => {
    let unit = publicFaqUnit
    try {
      unit = decodeURIComponent(publicFaqUnit)
    }
    catch {
      // A mangled address: the server answers for the text as it is.
    }
    createApp(page.default, { unit }).mount('#app')
  })
}
else {
  // The browser offers installation once, early: listen before anything else renders.
  captureInstallPrompt()

  // On a screen that shows plans, reading them starts before the first render: IndexedDB opens in
  // the browser's own process while this one builds the screen, instead of after it. The plan library
  // is a store (it outlives every screen), so the stores' Pinia is active from here on. Each step of
  // the start is a task of its own (evaluating the code, opening the database, the shell, the screen):
  // in one go they would block a slow phone's main thread for a second with no chance to handle a tap.
  // Other screens (活动, 意见) leave the library, and a first visit's storing of the bundled plans,
  // to the first screen that shows a plan: on a first visit that work was most of their blocked time.
  const pinia = createPinia()
  setActivePinia(pinia)
  const startPath = `${location.pathname}${location.search}`
  preloadScreen(startPath)
  if (screenShowsPlans(startPath))
    setTimeout(usePlanLibrary)
  preloadScreenMessages(startPath)
  // The shell (its stores, the sync status) renders first; the screen in the task after it.
  router.beforeEach((_to, from) => from !== START_LOCATION || nextTask().then(() => true))

  // English messages are a separate download: have them before the first render, not after.
  void loadLocale(savedLocale).finally(() => setTimeout(() => {
    createApp(App).use(pinia).use(router).mount('#app')
  }))

  // The service worker downloads the whole app shell; let the first screen have the network and CPU first.
  // Not in the load event's own handler either: offline from the service worker's cache, the load
  // event ran right after the code's evaluation, lengthening that long task (a CPU profile at 4×), and
  // the screen still renders then. A second later, in idle time, it delays nothing that is shown.
  window.addEventListener('load', () => setTimeout(() => whenIdle(() => {
    void import('./pwa/serviceWorker').then(({ registerServiceWorker }) => registerServiceWorker())
  }, 2000), 1000), { once: true })
}
