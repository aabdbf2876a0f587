import type { FileFilter } from 'electron'
import { describeMediaType } from '@core/evidence/media-type'
import type { RequestOf } from '@shared/ipc-contract'
import { OPENABLE_SAVE_KINDS, saveExtension, type SaveKind } from '@shared/save-kinds'

/** What the save dialog of one request shows, and what may be done with the file afterwards. */
export interface SaveDialogSpec {
  title: string
  filters: FileFilter[]
  /** The extension the saved file always ends with. */
  extension: string
  canOpen: boolean
}

const TITLES: Readonly<Record<SaveKind, string>> = {
  report: 'Save the report',
  'report-pdf': 'Save the report as PDF',
  'action-plan': 'Export action plan',
  archive: 'Export archive',
  workbook: 'Export to a workbook',
  'content-pack': 'Export a content pack',
  'evidence-copy': 'Save a copy of the evidence',
}

const FILTER_NAMES: Readonly<Record<Exclude<SaveKind, 'evidence-copy'>, string>> = {
  report: 'Word document',
  'report-pdf': 'PDF document',
  'action-plan': 'CSV',
  archive: 'Audit Workbook archive',
  workbook: 'Excel workbook',
  'content-pack': 'Content pack',
}

/** What a save dialog is asked for: a whole file's request or a streamed one's, without bytes. */
export type SaveDialogRequest =
  | Omit<Extract<RequestOf<'file:save'>, { kind: 'evidence-copy' }>, 'bytes'>
  | RequestOf<'save-stream:begin'>

/** Main's answer to "what may this save be": the renderer only names the kind. */
export function saveDialogFor(request: SaveDialogRequest): SaveDialogSpec {
  const extension = saveExtension(request)
  const filterName =
    request.kind === 'evidence-copy'
      ? describeMediaType(request.mediaType.toLowerCase())
      : FILTER_NAMES[request.kind]
  return {
    title: TITLES[request.kind],
    filters: [{ name: filterName, extensions: [extension] }],
    extension,
    canOpen: OPENABLE_SAVE_KINDS.has(request.kind),
  }
}
