import { formatByteSize, formatOversize } from '../text/byte-size'

// The limits of evidence files, and the refusal a user reads.

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
    return `“${fileName}” is ${formatOversize(size, limit)}, over the ${formatByteSize(limit)} limit for one evidence file. Nothing was added. You can raise the limit in Settings.`
  }
  return undefined
}

/** The longest caption an item of evidence may have, in characters. */
export const MAX_CAPTION_LENGTH = 500

/** The limit's bounds in Settings: at least 1 MB, at most what a save through the bridge allows. */
export const MIN_EVIDENCE_SIZE_LIMIT = 1024 * 1024
export const MAX_EVIDENCE_SIZE_LIMIT = 1024 * 1024 * 1024
