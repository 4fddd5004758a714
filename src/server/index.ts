// `npm start` / `npm run serve`: the API and the built PWA on one port (PORT, default 8080).
import { readConfig } from './config'
import { startServer } from './start'

const server = await startServer(readConfig())

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.app.log.info({ signal }, 'shutting down')
    server.close().then(() => process.exit(0), () => process.exit(1))
  })
}
