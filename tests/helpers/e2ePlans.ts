// Synthetic but realistic work plans, for tests and benchmarks that need many tasks.
// Deterministic: the same arguments always give the same plans, so figures are comparable.
import type { PlanRecord } from '../../src/shared/records/plan'
import { planIdOf } from '../../src/shared/plan/identity'

const verbs = ['做好', '加强', '推进', '完善', '深化', '规范', '拓展', '优化']
const topics = ['政府开放日活动', '政策解读', '政策留言板', '政府信息公开', '重大行政决策公开', '常见问题与解答清单', '政务新媒体', '依申请公开办理', '基层政务公开', '公众代表列席会议', '执法信息公开', '预决算公开']
const ways = ['及时发布相关信息', '通过政府网站集中公开', '组织座谈和问卷调查', '健全工作机制', '开展专项检查', '强化解读回应']
const units = ['区政府办公室', '区发展改革委', '区生态环境局', '区财政局', '区司法局', '区数据局', '区民政局', '朱家角镇', '夏阳街道', '赵巷镇']
const groups = ['各部门', '各街镇', '区政府各部门']
const chapterTitles = ['围绕中心工作，加强政策发布解读', '聚焦公众关切，做好回应与互动', '夯实工作基础，提升公开质量', '加强组织保障，落实工作责任']

function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

function pick<T>(next: () => number, list: T[]): T {
  return list[Math.floor(next() * list.length)]
}

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

export interface SyntheticPlanOptions {
  year: number
  issuer: string
  tasks: number
  seed?: number
}

export function syntheticPlan({ year, issuer, tasks: count, seed = 1 }: SyntheticPlanOptions): PlanRecord {
  const next = random(seed)
  const title = `${year}年${issuer}政务公开工作要点`
  const perChapter = Math.ceil(count / chapterTitles.length)
  const tasks = Array.from({ length: count }, (_, i) => {
    const chapter = Math.floor(i / perChapter) + 1
    const topic = pick(next, topics)
    const lead = pick(next, units)
    const owner = next() < 0.4 ? pick(next, groups) : pick(next, units)
    const month = 1 + Math.floor(next() * 12)
    const due = isoDay(year, month, month === 2 ? 28 : 30)
    const checklist = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, j) => ({
      text: `${pick(next, verbs)}${topic}，${pick(next, ways)}（第${j + 1}项）。`,
      leads: j === 0 ? [lead] : [],
      owners: [owner],
      deadline: `${month}月底前`,
      due,
      source: 'text' as const,
      row: null,
    }))
    const withTarget = next() < 0.15
    return {
      chapter,
      item: i - (chapter - 1) * perChapter + 1,
      chapterTitle: chapterTitles[chapter - 1],
      title: `${pick(next, verbs)}${topic}`,
      text: checklist.map(c => c.text).join('') + (withTarget ? `全年不得少于${2 + Math.floor(next() * 4)}次。` : ''),
      assignments: [{ leads: [lead], owners: [owner] }],
      due,
      deadline: `${month}月底前`,
      targets: withTarget ? [{ text: '不得少于3次', op: '>=' as const, value: 3, unit: '次' }] : [],
      checklist,
    }
  })
  return {
    id: planIdOf({ year, issuer, title }),
    source: `synthetic-${year}-${issuer}.txt`,
    title,
    year,
    issuer,
    docNumber: `青府办发〔${year}〕${10 + (seed % 20)}号`,
    issuedOn: isoDay(year, 3, 15),
    tasks,
    warnings: [],
    bundled: false,
    importedAt: Date.UTC(year, 2, 15),
  }
}

/** `total` tasks spread over plans of at most 2,000 tasks each (the schema's limit per plan). */
export function syntheticLibrary(total: number, year = 2024): PlanRecord[] {
  const issuers = ['青浦区', '青浦区生态环境局', '青浦区数据局', '青浦区民政局', '青浦区财政局', '青浦区司法局']
  const plans: PlanRecord[] = []
  for (let made = 0, i = 0; made < total; i++) {
    const tasks = Math.min(2000, total - made)
    plans.push(syntheticPlan({ year: year - (i % 2), issuer: issuers[i % issuers.length] + (i >= issuers.length ? i : ''), tasks, seed: i + 1 }))
    made += tasks
  }
  return plans
}
