// Test setup: the record checks (zod and every record kind) are in memory before a test writes.
// The app loads them on its first write; in a test that write would wait for the whole module
// graph to be transformed, which on a busy machine outlasts vi.waitFor's default second.
await import('../../../src/shared/records')
export {}
