/** Sizes and limits of evidence files, in the words a user reads. */

const UNITS = ['KB', 'MB', 'GB'] as const

/** "0 bytes", "512 bytes", "1.5 KB", "250 MB": binary multiples, as file managers show them. */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`
  let value = bytes
  let unit: (typeof UNITS)[number] = 'KB'
  for (const next of UNITS) {
    value /= 1024
    unit = next
    if (value < 1024) break
  }
  const rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10
  return `${rounded} ${unit}`
}

/**
 * Why a file cannot be kept as evidence, or undefined when it can: an empty file proves nothing,
 * and one over the configured limit would strain the database and the report.
 */
export function evidenceSizeProblem(
  fileName: string,
  size: number,
  limit: number,
): string | undefined {
  if (size === 0) return `“${fileName}” is empty (0 bytes). Nothing was added.`
  if (size > limit) {
    return `“${fileName}” is ${formatByteSize(size)}, over the ${formatByteSize(limit)} limit for one evidence file. Nothing was added. You can raise the limit in Settings.`
  }
  return undefined
}

/** The longest caption an item of evidence may have, in characters. */
export const MAX_CAPTION_LENGTH = 500

/** The limit's bounds in Settings: at least 1 MB, at most what a save through the bridge allows. */
export const MIN_EVIDENCE_SIZE_LIMIT = 1024 * 1024
export const MAX_EVIDENCE_SIZE_LIMIT = 1024 * 1024 * 1024
