/** Everything reachable from `starts` by following `next`, each once, the starts first. */
export function reachable(starts: Iterable<string>, next: (item: string) => Iterable<string>): Set<string> {
  const seen = new Set(starts)
  // A Set iterates over what is added while iterating: a breadth-first walk without a queue.
  for (const item of seen) {
    for (const following of next(item))
      seen.add(following)
  }
  return seen
}
