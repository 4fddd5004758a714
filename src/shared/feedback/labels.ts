// Chinese names of the feedback vocabulary, for exports that leave the app (see events/labels.ts).
import type { Adoption, FeedbackStatus } from '../records/feedback'

export const feedbackStatusLabels: Record<FeedbackStatus, string> = {
  registered: '已登记',
  referred: '已转办',
  replied: '已答复',
  published: '已公开',
  withheld: '不予公开',
}

export const adoptionLabels: Record<Adoption, string> = {
  adopted: '已采纳',
  partial: '部分采纳',
  declined: '未采纳',
}
