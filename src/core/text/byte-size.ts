import { plural } from './plural'

// The one way a size is written, so a file reads the same in the locker, the report and every message.

const UNITS = ['KB', 'MB', 'GB'] as const

/**
 * "0 bytes", "1 byte", "1023 bytes", "1.5 KB", "12.3 MB", "250 MB", "3.3 GB". The rule: binary
 * multiples (1 KB = 1024 bytes), as file managers show them; one decimal under 100, dropped when
 * it is 0 ("2 MB", not "2.0 MB"); whole numbers from 100; and the unit is the one that keeps the
 * rounded figure under 1024, so a size never reads as "1024 KB".
 */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return plural(bytes, 'byte')
  let value = bytes / 1024
  let unit = 0
  while (rounded(value) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${rounded(value)} ${UNITS[unit]}`
}

function rounded(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 10) / 10
}

/**
 * A size beside the limit it is over, as `formatByteSize` writes it, or in exact bytes where
 * rounding would make it read as the limit itself ("5,242,881 bytes, larger than the 5 MB…").
 */
export function formatOversize(size: number, limit: number): string {
  const text = formatByteSize(size)
  return text === formatByteSize(limit) ? `${size.toLocaleString('en')} bytes` : text
}
