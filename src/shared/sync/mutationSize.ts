// How big one change is on the wire, apart from the protocol's schemas: the device checks it
// before sending without loading the schema library on its first screen.

/**
 * The largest single mutation the server takes, as UTF-8 JSON: well under the request body limit,
 * so one oversized change is refused alone (on the device or by the server) and never blocks a push.
 */
export const maxMutationBytes = 2 * 1024 * 1024

/** The size a mutation has on the wire. */
export function mutationBytes(mutation: unknown): number {
  return new TextEncoder().encode(JSON.stringify(mutation)).length
}

/** 2097152 → "2 MB", for reasons people read. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB` : `${Math.ceil(bytes / 1024)} KB`
}
