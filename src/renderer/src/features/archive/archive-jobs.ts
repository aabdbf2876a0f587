import { z } from 'zod'
import type { ArchiveProgress, ArchiveScope, PlannedAudit, PlannedPack } from '@core/archive'
import type { SettingChange } from './setting-changes'

/**
 * The messages between the main thread and the archive worker (`archive.worker.ts`). An export
 * is one worker and one request; an import is one worker that checks the archive, keeps it while
 * the user looks at the preview, and writes it when they confirm (or is ended when they do not).
 */

/** Every audit kept here, or the ones chosen (see `snapshotForExport`). */
const selectionSchema = z.union([
  z.literal('everything'),
  z.strictObject({ auditIds: z.array(z.string()).readonly() }),
])

/**
 * Main thread → worker. The `check` request carries the archive, which is untrusted: its bytes
 * are handed over (transferred, not copied) and the worker reads them only through `readArchive`,
 * which checks all of it. The envelope is checked here too, so the worker acts on nothing else.
 */
export const archiveRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('export'),
    selection: selectionSchema,
    now: z.number(),
    appVersion: z.string(),
  }),
  z.strictObject({ kind: z.literal('check'), bytes: z.instanceof(ArrayBuffer) }),
  z.strictObject({ kind: z.literal('import') }),
])

export type ArchiveRequest = z.infer<typeof archiveRequestSchema>
export type ExportArchiveRequest = Extract<ArchiveRequest, { kind: 'export' }>

/** What the import dialog shows before anything is written: made from the checked archive. */
export interface ImportPreviewSummary {
  appVersion: string
  /** ISO time the archive was made. */
  createdAt: string
  archiveBytes: number
  audits: PlannedAudit[]
  packs: PlannedPack[]
  evidenceCount: number
  evidenceBytes: number
  /** A backup of everything, or an archive of chosen audits (which brings nothing global). */
  scope: ArchiveScope
  /** Each value the archive's settings would change here, with the one in effect now. */
  settingChanges: SettingChange[]
}

/** What an import wrote: each audit with the id it has here. */
export interface ImportedArchive {
  audits: PlannedAudit[]
}

/**
 * Worker → main thread. These are the worker's own results (anything from the archive in them
 * has passed `readArchive`'s strict schemas), so they are typed, not parsed again.
 */
export type ArchiveResponse =
  | { kind: 'progress'; progress: ArchiveProgress }
  | { kind: 'exported'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'checked'; preview: ImportPreviewSummary }
  | { kind: 'imported'; imported: ImportedArchive }
  | { kind: 'failed'; message: string }
