import type { ReportText } from '../text/report-text'

/** "2026-11-28" → "28 November 2026": the long form a report uses, whatever the machine's locale. */
export function longDate(iso: string, text: Pick<ReportText, 'dates'>): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return iso
  const [, year = '', month = '', day = ''] = match
  const { months, date } = text.dates
  return date({ day: Number(day), month: months[Number(month) - 1] ?? month, year })
}

/** A moment as "28 November 2026, 14:05" in the given zone. */
export function longDateTime(
  ms: number,
  timeZone: string,
  text: Pick<ReportText, 'dates'>,
): string {
  const parts = dateTimeFormat(timeZone).formatToParts(ms)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value
  return text.dates.dateTime({
    date: longDate(`${part('year')}-${part('month')}-${part('day')}`, text),
    hour: part('hour') ?? '',
    minute: part('minute') ?? '',
  })
}

// Making a DateTimeFormat costs far more than using one, and a report formats hundreds of times.
const formats = new Map<string, Intl.DateTimeFormat>()
function dateTimeFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formats.set(timeZone, format)
  }
  return format
}

/** The calendar date of a moment in the given zone, as `YYYY-MM-DD`. */
export function isoDateIn(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(ms)
}
