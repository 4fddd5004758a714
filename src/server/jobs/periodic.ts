// Server housekeeping that runs on start and then every so often. A run never overlaps the
// previous one; several server processes may each run it, so jobs must be safe to race.
import type { FastifyBaseLogger } from 'fastify'

export interface PeriodicJob {
  /** Stops the timer and waits for a run in progress. */
  stop: () => Promise<void>
}

export function startPeriodicJob(name: string, everyMs: number, run: () => Promise<void>, log: FastifyBaseLogger): PeriodicJob {
  let running: Promise<void> | null = null
  const tick = () => {
    if (running)
      return
    running = run()
      .catch(error => log.error({ err: error, job: name }, 'periodic job failed'))
      .finally(() => {
        running = null
      })
  }
  const timer = setInterval(tick, everyMs)
  // A timer alone must not keep the process alive past its server.
  timer.unref()
  tick()
  return {
    async stop() {
      clearInterval(timer)
      await running
    },
  }
}
