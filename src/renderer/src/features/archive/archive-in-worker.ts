import {
  ArchiveError,
  DEFAULT_ARCHIVE_LIMITS,
  readArchive,
  type ArchiveContents,
  type ArchiveProgress,
  type ImportPlan,
  writeArchive,
} from '@core/archive'
import type { ZipSink } from '@core/zip/stream-zip'
import { importArchive, previewImport } from '../../db/repositories/import-archive'
import { blobSource, type BlobSource } from '../../platform/blob-source'
import { sha256Hex } from '../../platform/sha256'
import { snapshotForExport } from '../../db/queries/archive-snapshot'
import { timeSlicer } from '../../platform/time-slice'
import { SCHEMA_VERSION, type WorkbookDatabase } from '../../db/database'
import { describeSettingChanges, type SettingChange } from './setting-changes'
import type { ExportArchiveRequest, ImportedArchive, ImportPreviewSummary } from './archive-jobs'

/**
 * What the archive worker does, as plain functions of a database (tested on fake-indexeddb):
 * the zip, the inflating, the hashing, the checks and the reads and writes all happen here, off
 * the main thread.
 */

type OnProgress = (progress: ArchiveProgress) => void

/**
 * Reads the selection in one transaction and writes it into an archive, to `sink` as it is made;
 * resolves with the archive's size.
 */
export async function writeArchiveFile(
  db: WorkbookDatabase,
  request: ExportArchiveRequest,
  sink: ZipSink,
  onProgress: OnProgress,
): Promise<number> {
  const snapshot = await snapshotForExport(db, request.selection)
  return writeArchive(snapshot, sink, {
    sha256: sha256Hex,
    now: request.now,
    appVersion: request.appVersion,
    schemaVersion: SCHEMA_VERSION,
    onProgress,
    yieldToUi: timeSlicer(),
  })
}

export interface CheckedArchive {
  contents: ArchiveContents<BlobSource>
  preview: ImportPreviewSummary
}

/**
 * Checks all of an archive file and says what importing it now would do; nothing is written.
 * The file is read a few megabytes at a time (see `readArchive`), never whole.
 */
export async function checkArchiveFile(
  db: WorkbookDatabase,
  file: Blob,
  onProgress: OnProgress,
): Promise<CheckedArchive> {
  const contents = await readArchive(blobSource(file), DEFAULT_ARCHIVE_LIMITS, {
    sha256: sha256Hex,
    onProgress,
    yieldToUi: timeSlicer(),
  })
  const plan = await previewImport(db, contents)
  const settingChanges = await describeSettingChanges(db, plan.settings)
  return { contents, preview: summarizePreview(contents, plan, settingChanges) }
}

/**
 * Writes a checked archive in one transaction, or nothing (see `importArchive`): the evidence is
 * read again from the archive file as it is stored.
 */
export async function importCheckedArchive(
  db: WorkbookDatabase,
  contents: ArchiveContents<BlobSource>,
  onProgress: OnProgress = () => undefined,
): Promise<ImportedArchive> {
  const plan = await importArchive(db, contents, undefined, onProgress)
  return { audits: plan.audits }
}

/** The part of a checked archive and its plan that the preview shows. */
export function summarizePreview(
  contents: ArchiveContents,
  plan: ImportPlan,
  settingChanges: SettingChange[],
): ImportPreviewSummary {
  return {
    appVersion: contents.manifest.appVersion,
    createdAt: contents.manifest.createdAt,
    archiveBytes: contents.archiveBytes,
    audits: plan.audits,
    packs: plan.packs,
    evidenceCount: plan.evidenceCount,
    evidenceBytes: plan.evidenceBytes,
    scope: contents.manifest.scope,
    settingChanges,
  }
}

/** Why an archive was refused, in the user's words. */
export function describeRefusal(error: unknown): string {
  if (error instanceof ArchiveError) return error.message
  const detail = error instanceof Error ? error.message : String(error)
  return `The archive could not be read (${detail}). Nothing was imported.`
}
