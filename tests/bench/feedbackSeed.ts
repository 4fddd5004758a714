/// <reference lib="dom" />
// Synthetic public feedback for the device benches (bench:feedback-device, the memory figure):
// deterministic, so runs compare, and written straight into the app's IndexedDB as a sync
// pull would leave it.
import type { Page } from 'playwright-core'
import { newFeedbackRecord } from '../../src/shared/feedback/create'
import { handlingPatch } from '../../src/shared/feedback/handling'
import { uuidv7 } from '../../src/shared/ids'
import { attendeeTypes } from '../../src/shared/records/checkin'
import type { FeedbackRecord } from '../../src/shared/records/feedback'
import { feedbackSettingsDefaults } from '../../src/shared/records/feedbackSettings'

// What staff write down at an open day: a few issues many people raise, in their own words,
// and one-off remarks.
const phrasings: Array<[string, string[]]> = [
  ['交通出行', ['停车位太少，希望增加', '周边停车难，停车位不够', '希望多开放临时停车场，停车位太少']],
  ['生态环境', ['河道有异味，希望加强治理', '小区旁河道水质差有臭味', '工地夜间施工噪声太大']],
  ['政务服务', ['办事大厅排队时间太长', '网上办事系统经常卡顿', '自助机不好用，希望有人指导']],
  ['活动组织', ['希望多举办这样的开放活动', '讲解很清楚，收获很大', '报名渠道太少，很多人不知道']],
]
const remarks = ['社区', '菜场', '公园', '地铁站', '电梯', '楼道', '图书馆', '健身步道', '路灯', '井盖', '积水', '绿化']

/** `count` items recorded by `unit` over 300 days of 2025, about 40 % of them answered. */
export function syntheticFeedback(count: number, seed: number, unit: string): FeedbackRecord[] {
  let state = seed
  const next = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647
  const start = Date.UTC(2025, 0, 2, 1)
  return Array.from({ length: count }, (_, i) => {
    const now = start + Math.floor(next() * 300) * 86_400_000 + i
    const [topic, wordings] = phrasings[Math.floor(next() * phrasings.length)]
    const content = next() < 0.6 ? wordings[Math.floor(next() * wordings.length)] : `${remarks[i % remarks.length]}${remarks[(i * 7) % remarks.length]}需要维修（第${i}号）`
    const made = newFeedbackRecord({ content, topic, respondentType: attendeeTypes[i % attendeeTypes.length] }, { id: uuidv7(now), unit, by: 'bench', now, settings: feedbackSettingsDefaults })
    if (!made.success)
      throw new Error(`synthetic item ${i}: ${made.error.message}`)
    const replied = next() < 0.4 && handlingPatch(made.data, { to: 'replied', reply: '已研究并答复', repliedOn: made.data.replyDue }, now + 1)
    return replied && replied.ok ? { ...made.data, ...replied.patch } : made.data
  })
}

/** Straight into the app's IndexedDB, in chunks small enough for one evaluation each. */
export async function storeFeedback(page: Page, rows: FeedbackRecord[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    await page.evaluate(chunk => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('kaifangri')
      open.onsuccess = () => {
        const tx = open.result.transaction('feedback', 'readwrite')
        chunk.forEach(row => tx.objectStore('feedback').put(row))
        tx.oncomplete = () => {
          open.result.close()
          resolve()
        }
        tx.onerror = () => reject(tx.error)
      }
    }), rows.slice(i, i + 2000))
  }
}

export async function clearFeedback(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('kaifangri')
    open.onsuccess = () => {
      const tx = open.result.transaction('feedback', 'readwrite')
      tx.objectStore('feedback').clear()
      tx.oncomplete = () => {
        open.result.close()
        resolve()
      }
      tx.onerror = () => reject(tx.error)
    }
  }))
}
