// `npm run bench:feedback`: the feedback domain on a full device's worth of data.
// Issue 5's figures: with 20,000 items, filter and list ≤ 100 ms; grouping 5,000 items into
// concentrated issues ≤ 500 ms. Figures are printed, never asserted.
import { cpus, loadavg } from 'node:os'
import { performance } from 'node:perf_hooks'
import { newFeedbackRecord } from '../../src/shared/feedback/create'
import { feedbackCsv } from '../../src/shared/feedback/csv'
import { filterFeedback, sortFeedback } from '../../src/shared/feedback/filter'
import { groupSimilarFeedback } from '../../src/shared/feedback/grouping'
import { handlingPatch } from '../../src/shared/feedback/handling'
import { uuidv7 } from '../../src/shared/ids'
import { attendeeTypes } from '../../src/shared/records/checkin'
import { type FeedbackRecord, feedbackRecordSchema } from '../../src/shared/records/feedback'
import { feedbackSettingsDefaults } from '../../src/shared/records/feedbackSettings'

let seed = 20_250_603
const random = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]

const units = ['区政府办公室', '区生态环境局', '区建管委', '区交通委', '区教育局', '区卫健委', '区民政局', '区市场监管局', '区城管执法局', '区绿化市容局', '新华路街道', '江川路街道', '华漕镇', '七宝镇', '虹桥镇']

// Issues many people raise, each in several wordings, as staff write down what they hear.
const issues: Array<[string, string[]]> = [
  ['交通出行', ['活动现场停车位太少，希望增加', '停车位不够，建议多开放临时停车场', '开车来停车很难，停车位太少', '周边停车难，希望增加停车位']],
  ['交通出行', ['公交班次太少，等车时间长', '希望增加公交班次', '公交车间隔太长，建议加密班次']],
  ['政务服务', ['办事大厅排队时间太长', '大厅排队等候时间太长了', '排队要等一个多小时，希望增加窗口']],
  ['政务服务', ['网上办事系统经常卡顿', '网上办理页面太复杂，老年人不会用', '希望网上办事流程简化']],
  ['政务服务', ['自助设备经常故障', '自助机不好用，希望有人指导']],
  ['生态环境', ['河道有异味，希望加强治理', '小区旁边河道水质差，有臭味', '河道水质不好，夏天有异味']],
  ['生态环境', ['晚上施工噪声太大', '工地夜间施工噪声扰民', '施工噪声太大影响休息']],
  ['生态环境', ['垃圾清运不及时，小区有异味', '小区垃圾清运不及时', '垃圾桶满了没人清理']],
  ['活动组织', ['希望多举办这样的开放活动', '希望以后多举办此类开放日活动', '开放活动很好，建议常态化举办']],
  ['活动组织', ['讲解员讲得很清楚，收获很大', '讲解很清楚，收获很多', '讲解内容专业，通俗易懂']],
  ['活动组织', ['报名渠道太少，很多人不知道', '希望报名方式更方便', '活动预告发布太晚，来不及报名']],
  ['信息公开', ['希望公开垃圾分类处理数据', '建议在网站上公开监测数据', '政府网站信息更新不及时']],
  ['民生保障', ['养老服务点太少', '希望增加社区食堂', '老年人助餐点不够']],
  ['城市管理', ['路灯不亮，晚上出行不安全', '小区门口路灯坏了很久', '共享单车乱停放', '共享单车堆放影响通行']],
  ['政策咨询', ['希望解读一下新出台的补贴政策', '政策文件看不懂，希望有解读', '补贴申请条件不清楚']],
]
const openers = ['', '', '', '市民反映：', '我觉得', '建议']
const closers = ['', '', '，谢谢', '。', '！', '，请尽快解决']
// One-off remarks: pieces put together at random, rarely alike.
const pieces = ['社区', '学校', '医院', '菜场', '公园', '地铁', '电梯', '楼道', '物业', '绿化', '健身', '图书馆', '文化中心', '体育场', '口袋公园',
  '维修', '加装', '开放时间', '收费', '排水', '井盖', '积水', '树木', '修剪', '安全隐患', '宣传', '培训', '志愿者', '夜间', '周末']

function content(): [string, string] {
  if (random() < 0.6) {
    const [topic, wordings] = issues[Math.floor(random() ** 2 * issues.length)]
    return [topic, `${pick(openers)}${pick(wordings)}${pick(closers)}`]
  }
  const words = Array.from({ length: 3 + Math.floor(random() * 4) }, () => pick(pieces))
  return [pick(feedbackSettingsDefaults.topics), `${words.join('')}的问题${pick(closers)}`]
}

function syntheticItems(count: number): FeedbackRecord[] {
  const start = Date.UTC(2025, 0, 2, 1)
  const items: FeedbackRecord[] = []
  for (let i = 0; i < count; i++) {
    const now = start + Math.floor(random() * 330) * 86_400_000 + i
    const consent = random() < 0.2
    const [topic, text] = content()
    const made = newFeedbackRecord({
      content: text,
      topic,
      respondentType: pick(attendeeTypes),
      rating: random() < 0.5 ? 1 + Math.floor(random() * 5) : null,
      consent,
      name: consent ? '张三' : null,
      phone: consent ? `139${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : null,
    }, { id: uuidv7(now), unit: pick(units), by: 'bench', now, settings: feedbackSettingsDefaults })
    if (!made.success)
      throw new Error(`synthetic item ${i} is invalid: ${made.error.message}`)
    let item = made.data
    const roll = random()
    if (roll < 0.3) {
      const referred = handlingPatch(item, { to: 'referred', unit: pick(units.filter(u => u !== item.unit)) }, now + 1)
      if (referred.ok)
        item = { ...item, ...referred.patch }
    }
    if (roll > 0.5) {
      const replied = handlingPatch(item, { to: 'replied', reply: '已研究并答复', repliedOn: item.replyDue }, now + 2)
      if (replied.ok)
        item = { ...item, ...replied.patch }
    }
    items.push(item)
  }
  return items
}

interface Figure { label: string, median: number, max: number, cpuMedian: number }

/** Wall time, and the process's CPU time, which stays meaningful when other work shares the cores. */
function measure(label: string, runs: number, work: () => unknown): Figure {
  for (let i = 0; i < 3; i++)
    work()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const cpuBefore = process.cpuUsage()
    const begin = performance.now()
    work()
    wall.push(performance.now() - begin)
    const used = process.cpuUsage(cpuBefore)
    cpu.push((used.user + used.system) / 1000)
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
  return { label, median: median(wall), max: Math.max(...wall), cpuMedian: median(cpu) }
}

const madeAt = performance.now()
const items = syntheticItems(20_000)
console.log(`20,000 synthetic feedback items made and validated in ${(performance.now() - madeAt).toFixed(0)} ms`)

const today = '2025-11-30'
const coordinatorView = { units: ['区建管委'], statuses: ['registered', 'referred'] as const, topics: ['交通出行', '城市管理'] }
const listed = sortFeedback(filterFeedback(items, coordinatorView, today), 'dueFirst')
const overdue = filterFeedback(items, { overdue: true }, today)
const first5000 = items.slice(0, 5000)
const groups = groupSimilarFeedback(first5000)

const figures = [
  measure('filter + sort: one unit, open, two topics, by deadline (20,000 items)', 30, () => sortFeedback(filterFeedback(items, coordinatorView, today), 'dueFirst')),
  measure('filter + sort: overdue for 首页, by deadline (20,000 items)', 30, () => sortFeedback(filterFeedback(items, { overdue: true }, today), 'dueFirst')),
  measure('sort all, newest first (20,000 items)', 30, () => sortFeedback(items, 'newest')),
  measure('group 5,000 items into concentrated issues', 10, () => groupSimilarFeedback(first5000)),
  measure('group 20,000 items into concentrated issues', 5, () => groupSimilarFeedback(items)),
  measure('quick entry: build and validate one new item (x1000)', 10, () => {
    for (let i = 0; i < 1000; i++)
      newFeedbackRecord({ content: '停车位太少，希望增加', topic: '交通出行', respondentType: 'citizen' }, { id: uuidv7(), unit: '区建管委', by: 'bench', now: Date.now(), settings: feedbackSettingsDefaults })
  }),
  measure('validate 20,000 records against the schema', 5, () => items.forEach(item => feedbackRecordSchema.parse(item))),
  measure('CSV export of 20,000 items', 5, () => feedbackCsv(items, { viewer: { role: 'coordinator', unit: '区政府办公室' }, today })),
]

console.log(`lists: ${listed.length} items in the coordinator view, ${overdue.length} overdue`)
console.log(`grouping 5,000: ${groups.length} groups, ${groups.filter(g => g.concentrated).length} 集中反映, largest ${groups[0]?.ids.length ?? 0}`)
console.log(`CSV of 20,000: ${(feedbackCsv(items, { viewer: { role: 'coordinator', unit: '区政府办公室' }, today }).length / 1e6).toFixed(1)} M characters`)
console.log('')
console.log(`load average ${loadavg().map(l => l.toFixed(1)).join(' ')} on ${cpus().length} cores`)
for (const f of figures)
  console.log(`${f.label.padEnd(72)} median ${f.median.toFixed(1).padStart(7)} ms   max ${f.max.toFixed(1).padStart(7)} ms   CPU median ${f.cpuMedian.toFixed(1).padStart(7)} ms`)
