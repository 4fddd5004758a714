import { readFileSync } from 'node:fs'
import { VantResolver } from '@vant/auto-import-resolver'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { firstScreenGroup } from './src/build/firstScreenChunk'
import { laterScreensGroup } from './src/build/laterScreenChunks'
import { chineseCmapGlob, pdfjsCmaps } from './src/build/pdfjsCmaps'
import { precompress } from './src/build/precompress'
import { routePreloads } from './src/build/routePreloads'
import { seedPlans } from './src/build/seedPlans'
import { vantIconFont } from './src/build/vantIconFont'

// The chunks index.html loads (see output.codeSplitting below and the rolldown runtime).
const firstScreenChunk = /^assets\/(?:framework|app|rolldown-runtime)-[\w-]+\.(?:js|css)$/

// A feature's public surface (src/app/features/<name>/index.ts), re-exporting what other features use.
const featureIndex = /[\\/]src[\\/]app[\\/]features[\\/][^\\/]+[\\/]index\.ts$/

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string }

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(version),
    // Changes with every build, so a new release refreshes the bundled plans on the device.
    __APP_BUILD__: JSON.stringify(new Date().toISOString()),
  },
  plugins: [
    // Every component is `<script setup>` (Vant's too): Vue's Options API support is dead weight.
    vue({ features: { optionsAPI: false } }),
    // The documents in seeds/ parsed at build time: `virtual:seed-plans`.
    seedPlans(),
    vantIconFont(),
    // pdf.js's character maps for the import screen, served from the build (offline too).
    pdfjsCmaps(),
    // Vant per component: only what the templates use is bundled.
    Components({ resolvers: [VantResolver()], dts: false }),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Registration lives in src/app/pwa so the update prompt can wait for unsaved forms.
      injectRegister: false,
      injectManifest: {
        // A classic script: Safari before 16.4 cannot run module service workers.
        rollupFormat: 'iife',
        // .mjs: pdf.js's worker for a PDF import; the Chinese character maps it may need with it.
        globPatterns: ['**/*.{js,mjs,css,html,png,svg,ico,webmanifest,woff2}', chineseCmapGlob],
        // Bundled plans are a lazy chunk; keep the cap above it so they are precached too.
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
      manifest: {
        id: '/',
        name: '开放日助手',
        short_name: '开放日',
        description: '政务公开工作要点与政府开放日现场助手，离线可用',
        lang: 'zh-CN',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1d5fbf',
        background_color: '#f5f6f8',
        categories: ['government', 'productivity'],
        // Installed, the app is offered in the system share sheet for plan files (src/sw/shareTarget.ts).
        share_target: {
          action: '/import/share',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            url: 'url',
            files: [{
              name: 'plan',
              accept: ['application/pdf', '.pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', '.docx', 'application/msword', '.doc', 'text/plain', '.txt'],
            }],
          },
        },
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
    // What a first visit straight to each later screen fetches, for the server to name in its entry page.
    routePreloads(),
    // Last, so the service worker and the manifest get compressed copies too.
    precompress(),
  ],
  build: {
    // dist/.vite/manifest.json: which chunk and styles each source became, for the size budget and
    // bench (tests/helpers/builtChunks.ts). The server does not serve dot directories; neither is it precached.
    manifest: true,
    modulePreload: {
      // A lazy import's list of files to fetch at once leaves out the first screen's own files: the
      // page has them before any lazy import can run. Those lists are part of the download (the
      // router's in pages.ts, the first screen's own). index.html keeps its modulepreload links.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : deps.filter(dep => !firstScreenChunk.test(dep))),
    },
    rolldownOptions: {
      // The app's own modules do nothing when imported but make their exports available (lint
      // forbids importing a module of ours for its side effects; styles are not matched here).
      // So a screen importing one name from a feature's index.ts does not bring the rest along.
      treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]app[\\/].*\.(?:ts|vue)$/, sideEffects: false }] },
      output: {
        codeSplitting: {
          groups: [
            // The framework every screen runs on, as one file: left to itself the bundler cuts it
            // into a dozen small shared chunks, and on a cold start each is one more trip through
            // the service worker before the first screen can paint. (workbox-window is not part of it:
            // the service worker registers after the page has loaded, so its code can come then.)
            { name: 'framework', test: /node_modules[\\/](@vue|vue|vue-router|pinia|dexie)[\\/]/, priority: 20 },
            // A feature's index.ts counts as a path only for the names taken from it (src/build/staticReach.ts).
            firstScreenGroup(/[\\/]src[\\/]app[\\/]main\.ts$/, 'app', featureIndex),
            // Vant's field and the cell it sits in: 14 screens show both, two more a cell alone (the
            // field's 3 KB are wasted there; they are small screens). One file and one stylesheet less,
            // kept out of the code every later screen fetches (below), which it would push past 30 KB.
            { name: 'vant-field', test: /[\\/]node_modules[\\/]vant[\\/]es[\\/](?:field|cell)[\\/]/, priority: 5, includeDependenciesRecursively: false },
            // Every later screen's Chinese messages as one file (16 KB gzip, 20 files before), fetched in
            // idle time after the first paint, or beside the screen's own code on a start elsewhere.
            { name: 'later-messages', test: /[\\/]src[\\/]app[\\/]i18n[\\/]zh-CN[\\/]/, priority: 4, includeDependenciesRecursively: false },
            // The code later screens share, by the screens that use it (src/build/laterScreenChunks.ts).
            laterScreensGroup({ barrel: featureIndex, coreScreens: 10, ownFileCode: 8000 }),
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
})
