import { z } from 'zod'
import type { PlannedAudit, PlannedPack } from '@core/archive'
import { AUDIT_STATUSES } from '@core/audit'
import { defineJob } from '../../jobs/define-job'
import { fileOutput } from '../../jobs/file-output'
import type { SettingChange } from './setting-changes'

/**
 * The jobs of the archive worker (`archive.worker.ts`). An export is one worker and one job; an
 * import is one worker that checks the archive, keeps it while the user looks at the preview,
 * and writes it when they confirm (or is ended when they do not).
 */

/** Bytes written or read so far, and in all. */
const archiveProgress = z.strictObject({ done: z.number(), total: z.number() })

/** Every audit kept here, or the ones chosen (see `snapshotForExport`). */
const selectionSchema = z.union([
  z.literal('everything'),
  z.strictObject({ auditIds: z.array(z.string()).readonly() }),
])

const exportInput = z.strictObject({
  selection: selectionSchema,
  now: z.number(),
  appVersion: z.string(),
})
export type ExportArchiveRequest = z.infer<typeof exportInput>

/**
 * Reads the selection in one transaction and writes it into an archive, to `output` as it is
 * made (see `fileOutput`); answers with the archive's size.
 */
export const exportArchiveJob = defineJob({
  name: 'archive/export',
  input: exportInput.extend({ output: fileOutput }),
  transferInput: ({ output }) => [output],
  output: z.strictObject({ bytes: z.number() }),
  progress: archiveProgress,
})

const plannedAudit = z.strictObject({
  sourceId: z.string(),
  id: z.string(),
  client: z.string(),
  system: z.string(),
  startDate: z.string(),
  status: z.enum(AUDIT_STATUSES),
  copied: z.boolean(),
  answered: z.number(),
  evidenceCount: z.number(),
  evidenceBytes: z.number(),
}) satisfies z.ZodType<PlannedAudit>

const plannedPack = z.strictObject({
  id: z.string(),
  version: z.string(),
  title: z.string(),
  action: z.enum(['install', 'installed', 'conflict']),
  conflictWith: z.string().optional(),
}) satisfies z.ZodType<PlannedPack>

const settingChange = z.strictObject({
  setting: z.string(),
  from: z.string(),
  to: z.string(),
}) satisfies z.ZodType<SettingChange>

/** What the import dialog shows before anything is written: made from the checked archive. */
const importPreview = z.strictObject({
  appVersion: z.string(),
  /** ISO time the archive was made. */
  createdAt: z.string(),
  archiveBytes: z.number(),
  audits: z.array(plannedAudit),
  packs: z.array(plannedPack),
  evidenceCount: z.number(),
  evidenceBytes: z.number(),
  /** A backup of everything, or an archive of chosen audits (which brings nothing global). */
  scope: z.enum(['everything', 'audits']),
  /** Each value the archive's settings would change here, with the one in effect now. */
  settingChanges: z.array(settingChange),
})
export type ImportPreviewSummary = z.infer<typeof importPreview>

/**
 * Checks all of an archive and says what importing it would do; nothing is written. The archive
 * is untrusted: the worker is handed the file (a handle on it, not its bytes) and reads it only
 * through `readArchive`, which checks all of it. The worker keeps the checked archive for
 * `importArchiveJob`, which reads its evidence from the same file again.
 */
export const checkArchiveJob = defineJob({
  name: 'archive/check',
  input: z.strictObject({ file: z.instanceof(Blob) }),
  output: importPreview,
  progress: archiveProgress,
})

/** What an import wrote: each audit with the id it has here. */
const importedArchive = z.strictObject({ audits: z.array(plannedAudit) })
export type ImportedArchive = z.infer<typeof importedArchive>

/**
 * Writes the archive this worker checked last, in one transaction or nothing; its progress is the
 * evidence read back and found intact after the write.
 */
export const importArchiveJob = defineJob({
  name: 'archive/import',
  input: z.strictObject({}),
  output: importedArchive,
  progress: archiveProgress,
})
