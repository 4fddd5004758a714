// Event times as they are written: stored as instants (epoch ms), shown on Shanghai's clock
// (shared/calendar), not the phone's: a phone set to another zone must not move an open day.
// What the forms hold (a date and a time each) is model/eventWhen.ts.
import { shanghaiDate, shanghaiTimeZone } from '../../../../shared/calendar'

/** 'YYYY-MM' of an instant in Shanghai. */
export function monthKeyOf(at: number): string {
  return shanghaiDate(at).slice(0, 7)
}

/**
 * Every 'YYYY-MM' an event runs in, for the month filter: a 开放月 from 4月28日 to 5月31日 is
 * found under April and May. An end before the start counts as the start alone.
 */
export function monthKeysOf(startsAt: number, endsAt: number): string[] {
  const last = monthKeyOf(Math.max(startsAt, endsAt))
  let [year, month] = monthKeyOf(startsAt).split('-').map(Number)
  const keys: string[] = []
  for (let key = monthKeyOf(startsAt); key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    keys.push(key)
    month = month === 12 ? 1 : month + 1
    year = month === 1 ? year + 1 : year
  }
  return keys
}

const zone = { timeZone: shanghaiTimeZone } as const
const clockFormat = { ...zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
const formats = {
  day: { ...zone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' },
  dayWithoutYear: { ...zone, month: 'long', day: 'numeric', weekday: 'short' },
  monthDay: { ...zone, month: 'long', day: 'numeric' },
  clock: clockFormat,
  dateTime: { ...clockFormat, month: 'numeric', day: 'numeric' },
  reportDate: { ...zone, year: 'numeric', month: 'long', day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>
const formatters = new Map<string, Intl.DateTimeFormat>()

/**
 * One formatter per locale and format, made once: making one (time zone data, locale patterns)
 * costs far more than using it, and the events list writes several times per event.
 */
function formatterOf(locale: string, format: keyof typeof formats): Intl.DateTimeFormat {
  const key = `${locale}|${format}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, formats[format])
    formatters.set(key, formatter)
  }
  return formatter
}

/** A Shanghai date, with its weekday; with its year unless `withoutYear`. */
export function dayText(at: number, locale: string, withoutYear = false): string {
  return formatterOf(locale, withoutYear ? 'dayWithoutYear' : 'day').format(at)
}

/**
 * "2026年6月3日周三 10:00–13:00"; an event over several days or past midnight names both days,
 * the end without its year when it is the start's: "2026年5月1日周五 09:00 – 5月31日周日 17:00".
 */
export function eventWhenText(startsAt: number, endsAt: number, locale: string): string {
  const startDay = shanghaiDate(startsAt)
  const endDay = shanghaiDate(endsAt)
  if (startDay === endDay)
    return `${dayText(startsAt, locale)} ${clockText(startsAt, locale)}–${clockText(endsAt, locale)}`
  const endDayText = dayText(endsAt, locale, startDay.slice(0, 4) === endDay.slice(0, 4))
  return `${dayText(startsAt, locale)} ${clockText(startsAt, locale)} – ${endDayText} ${clockText(endsAt, locale)}`
}

/** Whether an event runs over more than one Shanghai day, so its parts need their dates. */
export function spansDays(startsAt: number, endsAt: number): boolean {
  return shanghaiDate(startsAt) !== shanghaiDate(endsAt)
}

/**
 * A session's time: "10:00–11:00" on a one-day event, "5月3日 10:00–11:00" on one over several
 * days; an end given without one means it is still running.
 */
export function sessionTimeText(session: { startsAt: number, endsAt: number | null }, event: { startsAt: number, endsAt: number }, locale: string, running = ''): string {
  const start = spansDays(event.startsAt, event.endsAt) ? dayClockText(session.startsAt, locale) : clockText(session.startsAt, locale)
  if (session.endsAt === null)
    return running ? `${start}–${running}` : start
  const end = spansDays(session.startsAt, session.endsAt) ? dayClockText(session.endsAt, locale) : clockText(session.endsAt, locale)
  return `${start}–${end}`
}

/** "5月3日 10:00": a moment of a day the reader already knows the year of. */
function dayClockText(at: number, locale: string): string {
  return `${formatterOf(locale, 'monthDay').format(at)} ${clockText(at, locale)}`
}

export function clockText(at: number, locale: string): string {
  return formatterOf(locale, 'clock').format(at)
}

export function dateTimeText(at: number, locale: string): string {
  return formatterOf(locale, 'dateTime').format(at)
}

/** "2026年12月4日": the date a report is dated, with its year. */
export function reportDateText(at: number, locale: string): string {
  return formatterOf(locale, 'reportDate').format(at)
}
