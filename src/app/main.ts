import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { captureInstallPrompt } from './pwa/installPrompt'
import { registerServiceWorker } from './pwa/serviceWorker'
import { router } from './router'
import './styles/theme.css'

// The browser offers installation once, early: listen before anything else renders.
captureInstallPrompt()

createApp(App).use(createPinia()).use(router).mount('#app')

registerServiceWorker()
