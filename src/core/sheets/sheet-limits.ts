const MiB = 1024 * 1024

/**
 * What a spreadsheet may hold before it is refused. A question bank is small (a thousand
 * questions is a few hundred kilobytes), so the limits sit far above any real one and far below
 * what would exhaust a worker's memory. Declared sizes are checked before anything is inflated,
 * and the inflated bytes are counted again as they are produced.
 */
export interface SheetLimits {
  /** The file itself. */
  maxFileBytes: number
  /** Parts in the zip (.xlsx and .ods are zips). */
  maxEntries: number
  /** One XML part, inflated. */
  maxPartBytes: number
  /** Every part read, inflated. */
  maxTotalBytes: number
  /** A part inflating more than this many times its compressed size is a zip bomb… */
  maxRatio: number
  /** …once it inflates past this (a tiny part cannot do harm). */
  ratioFloorBytes: number
  maxSheets: number
  /** Rows of one sheet, counting the empty ones above the last filled one. */
  maxRows: number
  /** Columns of one sheet. */
  maxColumns: number
  /** Filled cells in the whole workbook. */
  maxCells: number
}

export const DEFAULT_SHEET_LIMITS: SheetLimits = {
  maxFileBytes: 20 * MiB,
  maxEntries: 2_000,
  maxPartBytes: 32 * MiB,
  maxTotalBytes: 96 * MiB,
  maxRatio: 100,
  ratioFloorBytes: 1 * MiB,
  maxSheets: 200,
  maxRows: 100_000,
  maxColumns: 200,
  maxCells: 1_000_000,
}
