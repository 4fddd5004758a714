// Chinese names (units, issuers) are listed in pinyin order, which needs an ICU collator. A slow
// phone takes 50–150 ms to build one, and the first screen would pay it on every start. So the
// order, once worked out, is kept in localStorage per list; the collator is built only when a
// list holds a name that order has not seen (a new plan, a new unit), and the order is saved again.
import { comparePinyin } from '../../shared/order'

const storagePrefix = 'kaifangri.pinyinOrder.'

/** Each name's place in pinyin order, for sorting; `list` names the order kept (e.g. 'units'). */
export function pinyinRanks(list: string, names: Iterable<string>, storage: Pick<Storage, 'getItem' | 'setItem'> | undefined = globalThis.localStorage): Map<string, number> {
  const wanted = new Set(names)
  const saved = readOrder(storage, storagePrefix + list)
  const order = [...wanted].every(name => saved.has(name)) ? [...saved.keys()] : [...wanted].sort(comparePinyin)
  if (order.length !== saved.size || !order.every(name => saved.has(name)))
    writeOrder(storage, storagePrefix + list, order)
  return new Map(order.filter(name => wanted.has(name)).map((name, rank) => [name, rank]))
}

function readOrder(storage: Pick<Storage, 'getItem'> | undefined, key: string): Map<string, number> {
  try {
    const order: unknown = JSON.parse(storage?.getItem(key) ?? '[]')
    return Array.isArray(order) && order.every(name => typeof name === 'string') ? new Map(order.map((name, rank) => [name, rank])) : new Map()
  }
  catch {
    return new Map()
  }
}

function writeOrder(storage: Pick<Storage, 'setItem'> | undefined, key: string, order: string[]): void {
  try {
    storage?.setItem(key, JSON.stringify(order))
  }
  catch {
    // A full or blocked localStorage only costs the next start the collator again.
  }
}
