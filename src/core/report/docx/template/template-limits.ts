const MiB = 1024 * 1024

/**
 * What a Word template may hold before it is refused. A firm's template is styles, a theme, a
 * header and a footer with a logo: a few hundred kilobytes. The limits sit far above that and far
 * below what would exhaust a worker; declared sizes are judged before anything is inflated.
 */
export const TEMPLATE_LIMITS = {
  maxFileBytes: 10 * MiB,
  maxEntries: 500,
  /** One part (XML or image), inflated. */
  maxPartBytes: 8 * MiB,
  /** Every part read, inflated. */
  maxTotalBytes: 32 * MiB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MiB,
  /** Images a header or footer may bring. */
  maxImagesPerPart: 8,
} as const
