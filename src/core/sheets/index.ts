/** Question banks from spreadsheets (PRODUCT.md §14): file bytes ↔ grid ↔ content pack. */

export { cellAt, columnName, fillMergesDown, parseCellRef, parseRangeRef } from './grid'
export type { CellRange, Grid, GridSheet } from './grid'
export { readWorkbook } from './read-workbook'
export { writeXlsx } from './write-xlsx'
export { parseCsv, writeCsv } from './csv'
export { DEFAULT_SHEET_LIMITS } from './sheet-limits'
export type { SheetLimits } from './sheet-limits'
export { NOTHING_INSTALLED, SheetFileError } from './sheet-file-error'
export type { SheetFileErrorCode } from './sheet-file-error'
export { readSections } from './read-sections'
export type { PackDefaults, ReadSectionsResult } from './read-sections'
export { needsMapping } from './collect-tables'
export { formatSheetProblem } from './sheet-problem'
export type { SheetProblem } from './sheet-problem'
export { packToGrid } from './write-sections'
export { applyMapping, findHeaderRow, previewRows, proposeMapping, shapeKey } from './mapping'
export type { ColumnMapping, QuestionColumn, SheetPreview } from './mapping'
export { COLUMN_NAMES, PACK_LABELS, SECTION_LABELS } from './layout'
export {
  fieldsOfMapping,
  mappingOfFields,
  mappingProblem,
  mappingStep,
  PREVIEW_ROWS,
  rememberMappings,
  withMappings,
} from './mapping-step'
export type { ColumnFields, MappingShape, MappingStep } from './mapping-step'
export { columnMappingSchema } from './column-mapping-schema'
export { draftsFromWorkbook } from './workbook-drafts'
export type { WorkbookDrafts, WorkbookDraftsContext } from './workbook-drafts'
export { TEMPLATE_FILE_NAME, TEMPLATE_PACK } from './template'
export { exportName, packOfSection } from './export-files'
export { packDefaultsFor } from './pack-defaults'
