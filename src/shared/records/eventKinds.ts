// The kinds an event, its attendees, checklist phases and sessions can have, without zod: screens that only list
// or label events (the task page, the filters, the day itself) import these and must not pull the schema library in with them.

/** 政府开放日活动, 座谈会, 问卷调查, 公众代表列席决策会议, 政策解读会, 其他 (labels in events/labels.ts). */
export const eventTypes = ['open_day', 'symposium', 'survey', 'public_attendance', 'policy_briefing', 'other'] as const
export type EventType = typeof eventTypes[number]

/** 线下, 线上直播, 线上线下结合. */
export const eventFormats = ['offline', 'live_online', 'hybrid'] as const
export type EventFormat = typeof eventFormats[number]

/** A held event is ongoing or closed; the public questionnaire link closes with the event. */
export const eventStatuses = ['planned', 'ongoing', 'closed', 'cancelled'] as const
export type EventStatus = typeof eventStatuses[number]

/** 市民代表, 企业代表, 专家学者, 媒体, 人大代表/政协委员, 其他; also the respondent types of feedback. */
export const attendeeTypes = ['citizen', 'business', 'expert', 'media', 'deputy', 'other'] as const
export type AttendeeType = typeof attendeeTypes[number]

/** 会前, 活动当天, 会后. */
export const eventPhases = ['before', 'day', 'after'] as const
export type EventPhase = typeof eventPhases[number]

/** 参观, 讲解演示, 座谈, 问卷, 其他: a 座谈 or 问卷 session is what the plans ask every open day to have. */
export const sessionKinds = ['visit', 'presentation', 'symposium', 'survey', 'other'] as const
export type SessionKind = typeof sessionKinds[number]
