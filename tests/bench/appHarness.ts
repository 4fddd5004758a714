/// <reference lib="dom" />
// Shared pieces of the app benchmarks: the built app on the real server, Chromium, and
// reading the app's own User Timing marks (set by the app at real moments, see perfMarks.ts).
import type { Page } from 'playwright-core'
import type { PlanRecord } from '../../src/shared/records/plan'
import { planToRows } from '../../src/app/db/planRepository'

export interface Figure {
  name: string
  value: number
  unit: string
  /** The target from the issue; `max` means lower is better. */
  limit: { max: number } | { min: number }
}

export function verdict(figure: Figure): string {
  const ok = 'max' in figure.limit ? figure.value <= figure.limit.max : figure.value >= figure.limit.min
  const bound = 'max' in figure.limit ? `≤ ${figure.limit.max}` : `≥ ${figure.limit.min}`
  return `${ok ? 'ok  ' : 'MISS'} ${figure.name}: ${round(figure.value)} ${figure.unit} (target ${bound} ${figure.unit})`
}

export function round(value: number): number {
  return Math.round(value * 10) / 10
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * Milliseconds from navigation start to a mark the app sets, waiting for it to appear.
 * It waits in the page through a bare DevTools evaluation: Playwright's own waiting would
 * first inject its helper script (about 100 ms of a 4×-slowed main thread) into the very
 * start-up being measured, which no phone pays.
 */
export async function markTime(page: Page, name: string, timeoutMs = 30_000): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    const expression = `new Promise((resolve, reject) => {
      const mark = () => performance.getEntriesByName(${JSON.stringify(name)}, 'mark')[0]
      if (mark()) return resolve(mark().startTime)
      const observer = new PerformanceObserver(() => {
        if (mark()) { observer.disconnect(); resolve(mark().startTime) }
      })
      observer.observe({ type: 'mark' })
      setTimeout(() => reject(new Error('no mark ' + ${JSON.stringify(name)} + ' within ${timeoutMs} ms')), ${timeoutMs})
    })`
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })
    if (exceptionDetails)
      throw new Error(`${name}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`)
    return result.value as number
  }
  finally {
    await cdp.detach()
  }
}

/** Durations of every measure with this name the app recorded so far. */
export function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate(measure => performance.getEntriesByName(measure, 'measure').map(e => e.duration), name)
}

/**
 * Writes plans and their task rows straight into the app's IndexedDB (as a sync pull would
 * leave them), in the row shape the app itself produces.
 */
export async function storePlansInBrowser(page: Page, records: PlanRecord[]): Promise<void> {
  const rows = records.map(planToRows)
  await page.evaluate(rowsOfPlans => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('kaifangri')
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const tx = open.result.transaction(['plans', 'tasks'], 'readwrite')
      for (const { plan, tasks } of rowsOfPlans) {
        tx.objectStore('plans').put(plan)
        for (const task of tasks) tx.objectStore('tasks').put(task)
      }
      tx.oncomplete = () => {
        open.result.close()
        resolve()
      }
      tx.onerror = () => reject(tx.error)
    }
  }), rows)
}
