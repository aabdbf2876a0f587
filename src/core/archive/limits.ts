const MiB = 1024 * 1024

/**
 * What an archive may hold before it is refused unread. Every limit is checked from the zip's
 * central directory before a byte is inflated, and the inflated bytes are counted again as they
 * are produced, so a size that lies cannot get past them.
 */
export interface ArchiveLimits {
  /** The archive file itself (the app cannot open a larger file anyway). */
  maxArchiveBytes: number
  /** Entries in the zip. */
  maxEntries: number
  /** All entries, inflated. */
  maxTotalBytes: number
  /** One JSON entry, inflated. */
  maxJsonBytes: number
  /** A compressed entry inflating more than this many times its size is a zip bomb… */
  maxRatio: number
  /** …once it inflates to more than this (a tiny entry cannot do harm). */
  ratioFloorBytes: number
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxArchiveBytes: 1024 * MiB,
  maxEntries: 100_000,
  maxTotalBytes: 1536 * MiB,
  maxJsonBytes: 256 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MiB,
}

/**
 * The writer never deflates an entry beyond this ratio (it stores it instead), so an archive the
 * app wrote can never look like a bomb to the reader, whatever the notes hold.
 */
export const WRITER_MAX_RATIO = DEFAULT_ARCHIVE_LIMITS.maxRatio / 2
