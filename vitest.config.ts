import { VantResolver } from '@vant/auto-import-resolver'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { defineConfig } from 'vitest/config'
import { seedPlans } from './src/build/seedPlans'

// Each project is a suite that `tests/run-suites.ts` can include or name as not run.
// Server suites run twice, once per storage engine, from the same test files.
// Every project runs two files at once: Vitest's default is one fewer than the cores, which on our
// two-core machines ran the quick suites one file at a time (about 7½ minutes of CI; 4¼ with two).
const twoCores = 2
// Node-side suites share one module graph per worker instead of loading it again for each file:
// their files hold no state between them (each server test builds its own app on its own database),
// and re-importing Fastify, Kysely and zod for every file was half of their time (measured: shared and
// server-sqlite 107 s → 51 s). The app's component tests stay isolated: without it their files
// would share one IndexedDB, one document and Dexie's live queries, each file expecting them fresh.
// So do the end-to-end files, which gained nothing from it (each waits on its own browser).
const isolateNodeFiles = false

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          include: ['tests/shared/**/*.test.ts', 'tests/cli/**/*.test.ts'],
          environment: 'node',
          maxWorkers: twoCores,
          isolate: isolateNodeFiles,
          // Property tests and whole-document parses take seconds on a busy 2-core machine: a
          // timeout is a hang detector here, not a speed target (benchmarks measure speed).
          testTimeout: 20_000,
        },
      },
      {
        // Same per-component Vant resolution as the build, so component tests render real Vant.
        // Built as the app is (vite.config.ts): without Vue's Options API.
        plugins: [vue({ features: { optionsAPI: false } }), seedPlans(), Components({ resolvers: [VantResolver()], dts: false })],
        define: { __APP_VERSION__: '"test"', __APP_BUILD__: '"2026-01-01T00:00:00.000Z"' },
        test: {
          name: 'app',
          // Unit and component tests sit beside the code they prove.
          include: ['src/app/**/*.test.ts'],
          environment: 'happy-dom',
          maxWorkers: twoCores,
          setupFiles: ['tests/helpers/app-setup.ts', 'tests/helpers/app/allMessages.ts', 'tests/helpers/app/recordChecks.ts'],
          testTimeout: 20_000,
          // Vant's style entries import CSS, which only Vite (not Node) can load.
          server: { deps: { inline: ['vant'] } },
        },
      },
      {
        test: {
          name: 'server-sqlite',
          include: ['tests/server/**/*.test.ts', 'tests/sync/**/*.test.ts'],
          environment: 'node',
          env: { TEST_DB: 'sqlite' },
          maxWorkers: twoCores,
          isolate: isolateNodeFiles,
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'server-postgres',
          include: ['tests/server/**/*.test.ts', 'tests/sync/**/*.test.ts'],
          environment: 'node',
          env: { TEST_DB: 'postgres' },
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file makes its own database; two cores do not gain from more.
          maxWorkers: twoCores,
          isolate: isolateNodeFiles,
          // After the quick suites, sharing its two workers with the end-to-end files (same group, same
          // worker count): a PostgreSQL file waits on the database while a browser file draws, and back.
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two files at once: each starts its own server on a free port and its own Chromium, and they
          // share only the built app, read-only. Alone, one file leaves a core idle while it waits on the browser.
          maxWorkers: twoCores,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
