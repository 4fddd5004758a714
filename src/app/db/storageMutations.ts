// A write made past Dexie (nativeOutboxWrite.ts) is announced the way Dexie learns of another tab's
// writes, so this tab's and other tabs' live queries read it, and Dexie's query cache drops the
// results it made stale (a stale cached result once kept the events list from updating).
import type { ObservabilitySet } from 'dexie'

// Dexie's own DOM event for changes it did not make: it tells every live query and drops the
// affected cached queries (propagateLocally in dexie.mjs).
const dexieMutationEvent = 'x-storagemutated-1'
// Not Dexie's channel of the same name as the event: Dexie listens on that one in this tab as well
// (a BroadcastChannel hears every other channel of its name), and would re-run this tab's live
// queries a second time for each write.
const otherTabsChannelName = 'kaifangri:writes-past-dexie'

let otherTabs: BroadcastChannel | undefined

function tellDexie(parts: ObservabilitySet): void {
  dispatchEvent(new CustomEvent(dexieMutationEvent, { detail: parts }))
}

/** Once per tab, before any write past Dexie: other tabs' such writes reach this tab's live queries. */
export function listenToWritesInOtherTabs(): void {
  if (otherTabs || typeof BroadcastChannel === 'undefined' || typeof dispatchEvent === 'undefined')
    return
  otherTabs = new BroadcastChannel(otherTabsChannelName)
  otherTabs.onmessage = event => tellDexie(event.data as ObservabilitySet)
  // Node (unit tests) would otherwise keep running for it.
  ;(otherTabs as { unref?: () => void }).unref?.()
}

/** After a write past Dexie has committed: what it changed, as Dexie's observability notes it. */
export function announceWrite(parts: ObservabilitySet): void {
  tellDexie(parts)
  otherTabs?.postMessage(parts)
}
