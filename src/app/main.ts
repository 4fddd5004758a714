import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { loadLocale, savedLocale } from './locales'
import { captureInstallPrompt } from './pwa/installPrompt'
import { registerServiceWorker } from './pwa/serviceWorker'
import { router } from './router'
import './styles/theme.css'

// The browser offers installation once, early: listen before anything else renders.
captureInstallPrompt()

// English messages are a separate download: have them before the first render, not after.
void loadLocale(savedLocale).finally(() => {
  createApp(App).use(createPinia()).use(router).mount('#app')
})

// The service worker downloads the whole app shell; let the first screen have the network and CPU first.
window.addEventListener('load', () => void registerServiceWorker(), { once: true })
