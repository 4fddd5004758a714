// Fetches schemaMessages.ts with zod, when a screen first validates: imported statically, it would
// bring zod to screens that need it only once something is saved (zod-free-screens.test.ts).

/** safeParse's options for issues a person reads, in the screen's language. */
export async function uiLanguageParse() {
  return (await import('./schemaMessages')).inUiLanguage()
}
