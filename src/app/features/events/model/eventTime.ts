// Event times are stored as instants (epoch ms) and shown and entered in the phone's own
// time zone, which for this app's users is Shanghai's.
const pad = (n: number) => String(n).padStart(2, '0')

/** YYYY-MM-DD for a date input. */
export function dateInputValue(at: number): string {
  const d = new Date(at)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** HH:mm for a time input. */
export function timeInputValue(at: number): string {
  const d = new Date(at)
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** The instant of a date and time input pair, or null when either is empty or malformed. */
export function instantOf(date: string, time: string): number | null {
  const dateParts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const timeParts = /^(\d{2}):(\d{2})$/.exec(time)
  if (!dateParts || !timeParts)
    return null
  const [, y, m, d] = dateParts.map(Number)
  const [, h, min] = timeParts.map(Number)
  return new Date(y, m - 1, d, h, min).getTime()
}

/** 'YYYY-MM' of the event's start, for the month filter. */
export function monthKeyOf(at: number): string {
  return dateInputValue(at).slice(0, 7)
}

/** "6月3日 周二 10:00–13:00", or with both dates when the event spans days. */
export function eventWhenText(startsAt: number, endsAt: number, locale: string): string {
  const day = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' })
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
  if (dateInputValue(startsAt) === dateInputValue(endsAt))
    return `${day.format(startsAt)} ${time.format(startsAt)}–${time.format(endsAt)}`
  return `${day.format(startsAt)} ${time.format(startsAt)} – ${day.format(endsAt)} ${time.format(endsAt)}`
}

export function clockText(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)
}

export function dateTimeText(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at)
}

/** "2026年12月4日": the date a report is dated, with its year. */
export function reportDateText(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', day: 'numeric' }).format(at)
}
