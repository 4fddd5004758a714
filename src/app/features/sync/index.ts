// What syncing is doing and what waits on this device (the status bar, 同步 screen). The sync
// engine itself is src/app/sync. Public: the status bar and the store that starts syncing.
export { default as SyncStatusBar } from './components/SyncStatusBar.vue'
export { useSyncStore } from './stores/sync'
export { default as SignOutControl } from './components/SignOutControl.vue'
