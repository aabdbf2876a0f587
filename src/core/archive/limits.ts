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
  /**
   * The same for a JSON entry, far lower: its text and what `JSON.parse` builds from it live on
   * the heap (evidence bytes do not), so a small archive must not unpack into a large heap.
   */
  maxJsonRatio: number
  /** The manifest, inflated: at most this, and at most what its entry count needs (below). */
  maxManifestBytes: number
  /** Nesting of any JSON entry (settings values included); ours nest about ten deep. */
  maxJsonDepth: number
  /** Rows of one data entry. */
  maxRows: number
}

/** What one manifest line may take, name, size and hash, pretty-printed; and its head. */
export const MANIFEST_BYTES_PER_ENTRY = 512
export const MANIFEST_HEAD_BYTES = 4096

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxArchiveBytes: 1024 * MiB,
  maxEntries: 100_000,
  maxTotalBytes: 1536 * MiB,
  maxJsonBytes: 256 * MiB,
  maxRatio: 200,
  ratioFloorBytes: 1 * MiB,
  maxJsonRatio: 16,
  maxManifestBytes: 32 * MiB,
  maxJsonDepth: 64,
  maxRows: 1_000_000,
}

/**
 * The writer never deflates a JSON entry beyond this ratio once it is past the floor (it stores it
 * instead), so an archive the app wrote can never look like a bomb to the reader, whatever the
 * notes hold.
 */
export const WRITER_MAX_JSON_RATIO = DEFAULT_ARCHIVE_LIMITS.maxJsonRatio / 2
