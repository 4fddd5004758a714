// Chinese names of the event vocabulary, for exports and reports that leave the app (CSV,
// print); the app's locale files may import them so the words stay the same everywhere.
import type { AttendeeType } from '../records/checkin'
import type { EventFormat, EventStatus, EventType } from '../records/event'
import type { SessionKind } from '../records/eventSession'
import type { EventPhase } from '../records/eventTemplate'

export const eventTypeLabels: Record<EventType, string> = {
  open_day: '政府开放日活动',
  symposium: '座谈会',
  survey: '问卷调查',
  public_attendance: '公众代表列席决策会议',
  policy_briefing: '政策解读会',
  other: '其他',
}

export const eventFormatLabels: Record<EventFormat, string> = {
  offline: '线下',
  live_online: '线上直播',
  hybrid: '线上线下结合',
}

export const eventStatusLabels: Record<EventStatus, string> = {
  planned: '筹备中',
  ongoing: '进行中',
  closed: '已结束',
  cancelled: '已取消',
}

export const attendeeTypeLabels: Record<AttendeeType, string> = {
  citizen: '市民代表',
  business: '企业代表',
  expert: '专家学者',
  media: '媒体',
  deputy: '人大代表/政协委员',
  other: '其他',
}

export const sessionKindLabels: Record<SessionKind, string> = {
  visit: '参观',
  presentation: '讲解演示',
  symposium: '座谈',
  survey: '问卷',
  other: '其他',
}

export const eventPhaseLabels: Record<EventPhase, string> = {
  before: '活动前',
  day: '活动当天',
  after: '活动后',
}
