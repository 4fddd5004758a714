/** package.json version, set by vite.config.ts. */
declare const __APP_VERSION__: string
/** Build time, set by vite.config.ts: a new build refreshes the bundled plans on the device. */
declare const __APP_BUILD__: string
