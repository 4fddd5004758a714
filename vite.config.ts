import { VantResolver } from '@vant/auto-import-resolver'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [
    vue(),
    // Vant per component: only what the templates use is bundled.
    Components({ resolvers: [VantResolver()], dts: false }),
  ],
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
