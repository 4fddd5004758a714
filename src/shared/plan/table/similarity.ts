// How much of one text appears in another, by character pairs: a table row quotes or
// paraphrases the body item it breaks down, so most of its pairs occur in that item.

function isWordChar(code: number): boolean {
  return (code >= 0x4E00 && code <= 0x9FFF) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Character pairs of the words (punctuation and spaces left out), each pair as one small
 *  integer: characters get dense ids, so a pair fits a small integer and sets stay fast. */
export function pairCounter(): (text: string) => Set<number> {
  const ids = new Map<number, number>()
  const idOf = (code: number) => {
    let id = ids.get(code)
    if (id === undefined) {
      id = ids.size
      ids.set(code, id)
    }
    return id
  }
  return (text) => {
    const pairs = new Set<number>()
    let previous = -1
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (!isWordChar(code)) continue
      const id = idOf(code)
      // Past 2^15 distinct characters pairs would collide; plans use a few thousand.
      if (previous >= 0) pairs.add((previous & 0x7FFF) * 0x8000 + (id & 0x7FFF))
      previous = id
    }
    return pairs
  }
}

/** Share of `part`'s pairs found in `whole`, 0 to 1. */
export function coverage(part: Set<number>, whole: Set<number>): number {
  if (part.size === 0) return 0
  let found = 0
  for (const pair of part) if (whole.has(pair)) found++
  return found / part.size
}

/** For each character pair, the tasks that hold it; answers "the next task at or after `from`
 *  holding each of these pairs" with one binary search a pair. */
export function forwardIndexOf(taskPairs: Array<Set<number>>): (pairs: Set<number>, from: number) => number[] {
  const tasksOfPair = new Map<number, number[]>()
  taskPairs.forEach((pairs, task) => {
    for (const pair of pairs) {
      const tasks = tasksOfPair.get(pair)
      if (tasks) tasks.push(task)
      else tasksOfPair.set(pair, [task])
    }
  })
  return (pairs, from) => {
    const next = new Set<number>()
    for (const pair of pairs) {
      const tasks = tasksOfPair.get(pair)
      if (!tasks) continue
      let low = 0
      let high = tasks.length
      while (low < high) {
        const middle = (low + high) >> 1
        if (tasks[middle] < from) low = middle + 1
        else high = middle
      }
      if (low < tasks.length) next.add(tasks[low])
    }
    return [...next].sort((a, b) => a - b)
  }
}
