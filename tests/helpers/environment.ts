// Where the test machine's external pieces live; every suite reads them from here.
export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium'
}

// The flags this workplace needs: no sandbox as root, and no background
// connections, which the closed network would refuse.
export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

export function postgresAdminUrl(): string {
  return process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
}
