// A bureau's own plan, where 各部门 means the bureau's sections, not the district's bureaus.
import type { PlanRecord } from '../../../src/shared/records/plan'
import { planIdOf } from '../../../src/shared/plan/identity'

const title = '2024年青浦区生态环境局政务公开工作要点'

export const bureau2024: PlanRecord = {
  id: planIdOf({ year: 2024, issuer: '青浦区生态环境局', title }),
  source: 'bureau-2024.txt',
  title,
  year: 2024,
  issuer: '青浦区生态环境局',
  docNumber: '青环发〔2024〕3号',
  issuedOn: '2024-03-01',
  warnings: [],
  bundled: false,
  importedAt: 1_710_000_000_000,
  tasks: [{
    chapter: 1,
    item: 1,
    chapterTitle: '加强政策解读',
    title: '做好环评审批信息公开',
    text: '做好环评审批信息公开。（综合规划科牵头，各部门负责）',
    assignments: [{ leads: ['综合规划科'], owners: ['各部门'] }],
    due: '2024-05-31',
    deadline: '5月底前',
    targets: [],
    checklist: [{ text: '做好环评审批信息公开', leads: ['综合规划科'], owners: ['各部门'], deadline: '5月底前', due: '2024-05-31', source: 'text', row: null }],
  }],
}
