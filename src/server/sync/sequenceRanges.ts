// The sequence numbers a device has had received, kept as sorted, disjoint [first, last] ranges:
// one range for a device that sends in order, one more for each number it never sent (a change
// refused on the device, a queue renumbered at sign-in).
export type SeqRanges = Array<[number, number]>

/** The stored ranges; a device from before ranges were kept has sent everything up to `lastSeq`. */
export function parseRanges(stored: string | null, lastSeq: number): SeqRanges {
  if (stored)
    return JSON.parse(stored) as SeqRanges
  return lastSeq > 0 ? [[1, lastSeq]] : []
}

export function hasSeq(ranges: SeqRanges, seq: number): boolean {
  return ranges.some(([first, last]) => seq >= first && seq <= last)
}

/** The ranges with `seq` added, merged with its neighbours. */
export function addSeq(ranges: SeqRanges, seq: number): SeqRanges {
  if (hasSeq(ranges, seq))
    return ranges
  const next = [...ranges.map(r => [...r] as [number, number]), [seq, seq] as [number, number]].sort((a, b) => a[0] - b[0])
  const merged: SeqRanges = []
  for (const range of next) {
    const previous = merged.at(-1)
    if (previous && range[0] <= previous[1] + 1)
      previous[1] = Math.max(previous[1], range[1])
    else
      merged.push(range)
  }
  return merged
}
