import { describe, expect, it } from 'vitest'
import { pinyinRanks } from './pinyinOrder'

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string>, writes: number } {
  const data = new Map<string, string>()
  return {
    data,
    writes: 0,
    getItem: key => data.get(key) ?? null,
    setItem(key, value) {
      this.writes++
      data.set(key, value)
    },
  }
}

const sorted = (ranks: Map<string, number>) => [...ranks].sort((a, b) => a[1] - b[1]).map(([name]) => name)

describe('pinyinRanks', () => {
  it('orders Chinese names by pinyin, not by code point', () => {
    // Code points put 徐 (U+5F90) before 青 (U+9752); pinyin puts qing before xu.
    expect(sorted(pinyinRanks('units', ['徐汇区', '青浦区', '安亭镇'], memoryStorage()))).toEqual(['安亭镇', '青浦区', '徐汇区'])
  })

  it('keeps the order it worked out, and reuses it while no new name arrives', () => {
    const storage = memoryStorage()
    pinyinRanks('units', ['徐汇区', '青浦区'], storage)
    expect(storage.writes).toBe(1)
    expect(sorted(pinyinRanks('units', ['青浦区', '徐汇区'], storage))).toEqual(['青浦区', '徐汇区'])
    expect(sorted(pinyinRanks('units', ['徐汇区'], storage))).toEqual(['徐汇区'])
    expect(storage.writes).toBe(1)
  })

  it('sorts again when a new name arrives, and keeps each list apart', () => {
    const storage = memoryStorage()
    pinyinRanks('units', ['徐汇区', '青浦区'], storage)
    expect(sorted(pinyinRanks('units', ['徐汇区', '青浦区', '安亭镇'], storage))).toEqual(['安亭镇', '青浦区', '徐汇区'])
    expect(JSON.parse(storage.data.get('kaifangri.pinyinOrder.units')!)).toEqual(['安亭镇', '青浦区', '徐汇区'])
    expect(storage.data.has('kaifangri.pinyinOrder.plans')).toBe(false)
  })

  it('ignores a damaged saved order and works without storage', () => {
    const storage = memoryStorage()
    storage.data.set('kaifangri.pinyinOrder.units', '{not json')
    expect(sorted(pinyinRanks('units', ['徐汇区', '青浦区'], storage))).toEqual(['青浦区', '徐汇区'])
    storage.data.set('kaifangri.pinyinOrder.units', '[1,2]')
    expect(sorted(pinyinRanks('units', ['徐汇区', '青浦区'], storage))).toEqual(['青浦区', '徐汇区'])
    expect(sorted(pinyinRanks('units', ['徐汇区', '青浦区'], undefined))).toEqual(['青浦区', '徐汇区'])
  })
})
