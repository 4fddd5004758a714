// The kinds an event and its attendees can have, without zod: screens that only list or label events (the task
// page, the filters) import these and must not pull the schema library in with them.

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
