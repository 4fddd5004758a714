import type { EntityName } from '../../../shared/records'

// Every kind of record the outbox may hold, named: the sync page names a refused or overtaken change
// by its kind. A later screen's namespace, so the first screen does not carry them.
export default {
  plan: '工作计划',
  progress: '清单进度',
  evidence: '佐证材料',
  event: '活动',
  eventChecklistItem: '活动清单事项',
  checkin: '签到计数',
  eventSession: '活动环节',
  eventPhoto: '现场照片',
  eventNote: '现场笔记',
  eventTemplate: '活动清单模板',
  feedback: '意见建议',
  feedbackSettings: '意见设置',
  questionnaire: '问卷',
  questionnaireResponse: '问卷答卷',
  faq: '常见问题',
} satisfies Record<EntityName, string>
