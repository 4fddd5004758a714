// The figures of an event report and its plain CSV summary. The CSV leaves the app (mail,
// WeChat, Excel), so it is in Chinese like the feedback export, UTF-8 with a BOM and CRLF.
import type { CheckinTally } from '../../../../shared/events/attendance'
import type { AttendeeType } from '../../../../shared/records/checkin'
import type { EventRecord } from '../../../../shared/records/event'
import type { EventSessionRecord } from '../../../../shared/records/eventSession'
import type { Adoption, FeedbackRecord, FeedbackStatus } from '../../../../shared/records/feedback'
import { attendanceOf, attendeeTypeLabels, eventFormatLabels, eventStatusLabels, eventTypeLabels, sessionKindLabels } from '../../../../shared/events'
import { csvField } from '../../../../shared/feedback/csv'
import { adoptionLabels, feedbackStatusLabels } from '../../../../shared/feedback/labels'
import { attendeeTypes } from '../../../../shared/records/eventKinds'
import { adoptionValues, feedbackStatuses } from '../../../../shared/records/feedbackKinds'
import { eventWhenText, sessionTimeText } from './eventTime'
import { comparePinyin } from '../../../../shared/order'

export interface EventReportFigures {
  attendance: Array<{ type: AttendeeType, count: number }>
  checkedIn: number
  total: number
  byTopic: Array<{ topic: string, count: number }>
  byStatus: Array<{ status: FeedbackStatus, count: number }>
  /** Adoption of the feedback items; null counts those not decided yet. */
  adoption: Array<{ adoption: Adoption | null, count: number }>
}

export function eventReportFigures(event: EventRecord, tally: CheckinTally, feedback: readonly FeedbackRecord[]): EventReportFigures {
  const topics = new Map<string, number>()
  for (const item of feedback)
    topics.set(item.topic, (topics.get(item.topic) ?? 0) + 1)
  const countWhere = (match: (item: FeedbackRecord) => boolean) => feedback.filter(match).length
  return {
    attendance: attendeeTypes.map(type => ({ type, count: tally.byType[type] })),
    checkedIn: tally.total,
    total: attendanceOf(event, tally),
    byTopic: [...topics].map(([topic, count]) => ({ topic, count })).sort((a, b) => b.count - a.count || comparePinyin(a.topic, b.topic)),
    byStatus: feedbackStatuses.map(status => ({ status, count: countWhere(item => item.status === status) })),
    adoption: [...adoptionValues, null].map(adoption => ({ adoption, count: countWhere(item => item.adoption === adoption) })),
  }
}

export interface ReportSource {
  event: EventRecord
  figures: EventReportFigures
  sessions: readonly EventSessionRecord[]
  responseCount: number
  photoCount: number
  /** The host unit's name (the directory's; its id where the directory does not know it). */
  unitName: string
}

export function eventReportCsv({ event, figures, sessions, responseCount, photoCount, unitName }: ReportSource): string {
  const rows: Array<Array<string | number | null>> = [
    ['项目', '内容', '数量'],
    ['活动名称', event.title, null],
    ['活动类型', eventTypeLabels[event.type], null],
    ['活动时间', eventWhenText(event.startsAt, event.endsAt, 'zh-CN'), null],
    ['活动地点', event.venue, null],
    ['举办单位', unitName, null],
    ['活动形式', eventFormatLabels[event.format], null],
    ['活动状态', eventStatusLabels[event.status], null],
    ['邀请人数', null, event.invitedCount],
    ...figures.attendance.map(row => ['签到', attendeeTypeLabels[row.type], row.count]),
    ['线上观看', null, event.onlineAudience],
    ['出席合计', null, figures.total],
    ...sessions.map(s => ['活动环节', `${sessionTimeText(s, event, 'zh-CN')} ${sessionKindLabels[s.kind]} ${s.title}${s.note ? `：${s.note}` : ''}`, null]),
    ...figures.byTopic.map(row => ['意见建议（主题）', row.topic, row.count]),
    ...figures.byStatus.map(row => ['意见建议（处理状态）', feedbackStatusLabels[row.status], row.count]),
    ...figures.adoption.map(row => ['采纳情况', row.adoption ? adoptionLabels[row.adoption] : '未定', row.count]),
    ['问卷回收', null, responseCount],
    ['现场照片', null, photoCount],
  ]
  return `\uFEFF${rows.map(row => row.map(csvField).join(',')).join('\r\n')}\r\n`
}
