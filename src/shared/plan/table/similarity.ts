// Which tasks hold a table row's character pairs (shared/text/bigrams): a table row quotes or
// paraphrases the body item it breaks down, so most of its pairs occur in that item.

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
