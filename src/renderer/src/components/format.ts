const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })

export function formatDateTime(ms: number): string {
  return dateTime.format(ms)
}

/** A `YYYY-MM-DD` calendar date, shown in the user's format without shifting its day. */
export function formatCalendarDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date)
}

/** Today as `YYYY-MM-DD` in the user's time zone. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

// One rule for "1 audit" / "2 audits", shared with the report.
export { plural } from '@core/text/plural'
