// The standard open-day satisfaction questionnaire, built in. A coordinator's first edit
// stores it as a record under the same id, which then wins over this copy.
import type { QuestionnaireRecord } from '../records/questionnaire'
import { withStoredEdits } from '../records/owner'

const choices = (...texts: string[]) => texts.map((text, i) => ({ id: `o${i + 1}`, text }))

export const standardQuestionnaire: QuestionnaireRecord = {
  id: 'questionnaire-standard-open-day',
  title: '政府开放活动满意度调查',
  intro: '感谢您参加本次政府开放活动！请花一两分钟填写问卷，您的意见将帮助我们改进工作。问卷不记名。',
  thanks: '提交成功，感谢您的参与！',
  questions: [
    { id: 'identity', kind: 'single', text: '您的身份是', required: true, options: choices('市民', '企业代表', '专家学者', '媒体记者', '人大代表/政协委员', '其他') },
    { id: 'channel', kind: 'multiple', text: '您是通过哪些渠道知道本次活动的', required: false, maxChoices: null, options: choices('政府网站', '政务新媒体（微信、微博等）', '随申办', '社区或单位通知', '亲友介绍', '其他') },
    { id: 'overall', kind: 'rating', text: '您对本次活动的总体满意度', required: true, scale: 5, lowLabel: '很不满意', highLabel: '非常满意' },
    { id: 'organisation', kind: 'rating', text: '您对活动组织安排（时间、流程、讲解）的评价', required: true, scale: 5, lowLabel: '很不满意', highLabel: '非常满意' },
    { id: 'understanding', kind: 'single', text: '参加活动后，您对相关政府工作的了解', required: true, options: choices('明显加深', '有所加深', '没有变化') },
    { id: 'topics', kind: 'multiple', text: '您希望今后开放哪些领域（最多选三项）', required: false, maxChoices: 3, options: choices('政务服务', '生态环境', '城市管理', '公共安全', '教育卫生', '交通出行', '其他') },
    { id: 'again', kind: 'single', text: '您是否愿意再次参加政府开放活动', required: true, options: choices('愿意', '看情况', '不愿意') },
    { id: 'suggestions', kind: 'text', text: '您对我们的工作还有哪些意见和建议', required: false, maxLength: 500 },
  ],
  archived: false,
  updatedAt: 0,
}

export const builtInQuestionnaires: readonly QuestionnaireRecord[] = [standardQuestionnaire]

/** Built-in questionnaires with stored ones replacing them (records/owner.ts), archived ones left out. */
export function availableQuestionnaires(stored: readonly QuestionnaireRecord[]): QuestionnaireRecord[] {
  return withStoredEdits(builtInQuestionnaires, stored).filter(q => !q.archived)
}
