import { describe, expect, it } from 'vitest'
import { eventReportCsv, eventReportFigures } from './eventReport'
import { instantOf } from './eventWhen'
import { tallyCheckins } from '../../../../shared/events'
import { uuidv7 } from '../../../../shared/ids'
import { event, feedback } from '../../../../../tests/shared/feedback/fixtures'

const held = event({ startsAt: instantOf('2025-06-03', '09:30')!, endsAt: instantOf('2025-06-03', '11:30')!, onlineAudience: 40, format: 'hybrid', title: '开放日, "走进"污水厂' })
const tally = tallyCheckins([
  ...Array.from({ length: 5 }, () => ({ attendeeType: 'citizen' as const, delta: 1 as const })),
  { attendeeType: 'media', delta: 1 },
  { attendeeType: 'citizen', delta: -1 },
])
const items = [
  feedback({ id: uuidv7(), topic: '生态环境' }),
  feedback({ id: uuidv7(), topic: '生态环境', status: 'referred', referredTo: '区水务局', referredAt: 1 }),
  feedback({ id: uuidv7(), topic: '交通出行', adoption: 'adopted' }),
]

describe('the event report', () => {
  it('adds attendance by type to the online audience, and counts feedback by topic, status and adoption', () => {
    const figures = eventReportFigures(held, tally, items)
    expect(figures.attendance.find(row => row.type === 'citizen')?.count).toBe(4)
    expect(figures.checkedIn).toBe(5)
    expect(figures.total).toBe(45)
    expect(figures.byTopic).toEqual([{ topic: '生态环境', count: 2 }, { topic: '交通出行', count: 1 }])
    expect(figures.byStatus.filter(row => row.count)).toEqual([{ status: 'registered', count: 2 }, { status: 'referred', count: 1 }])
    expect(figures.adoption).toEqual([{ adoption: 'adopted', count: 1 }, { adoption: 'partial', count: 0 }, { adoption: 'declined', count: 0 }, { adoption: null, count: 2 }])
  })

  it('exports a CSV summary Excel opens in Chinese, quoting what needs quoting', () => {
    const figures = eventReportFigures(held, tally, items)
    const sessions = [{ id: uuidv7(), eventId: held.id, unit: held.unit, kind: 'symposium' as const, title: '座谈', startsAt: held.startsAt, endsAt: held.startsAt + 3_600_000, note: '停车难' }]
    const csv = eventReportCsv({ event: held, figures, sessions, responseCount: 12, photoCount: 3, unitName: '生态环境局（名录名称）' })
    expect(csv.startsWith('\uFEFF项目,内容,数量\r\n')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines).toContain('活动名称,"开放日, ""走进""污水厂",')
    expect(lines).toContain('举办单位,生态环境局（名录名称）,')
    expect(lines).toContain('签到,市民代表,4')
    expect(lines).toContain('线上观看,,40')
    expect(lines).toContain('出席合计,,45')
    expect(lines).toContain('活动环节,09:30–10:30 座谈 座谈：停车难,')
    expect(lines).toContain('意见建议（主题）,生态环境,2')
    expect(lines).toContain('意见建议（处理状态）,已转办,1')
    expect(lines).toContain('采纳情况,未定,2')
    expect(lines).toContain('问卷回收,,12')
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('names both days of an open month in the CSV, and dates its sessions', () => {
    const month = { ...held, startsAt: instantOf('2025-05-01', '09:00')!, endsAt: instantOf('2025-05-31', '17:00')! }
    const sessions = [{ id: uuidv7(), eventId: held.id, unit: held.unit, kind: 'visit' as const, title: '参观', startsAt: instantOf('2025-05-17', '10:00')!, endsAt: instantOf('2025-05-17', '11:00')!, note: '' }]
    const csv = eventReportCsv({ event: month, figures: eventReportFigures(month, tally, []), sessions, responseCount: 0, photoCount: 0, unitName: '生态环境局' })
    const lines = csv.slice(1).split('\r\n')
    expect(lines).toContain('活动时间,2025年5月1日周四 09:00 – 5月31日周六 17:00,')
    expect(lines).toContain('活动环节,5月17日 10:00–11:00 参观 参观,')
  })
})
