import {
  encodeSettingValue,
  type ArchiveData,
  type ArchivedSetting,
  type ArchiveSnapshot,
  type EvidenceFileSource,
} from '@core/archive'
import { isLive } from '@core/audit'
import { BUILTIN_PACK_ID } from '@core/content'
import { EVIDENCE_BLOB_ROLES, type EvidenceBlobRole } from '@core/evidence/model'
import type { WorkbookDatabase } from '../database'

/** Every audit kept here, or the ones chosen (with their predecessor's id, not the predecessor). */
export type ExportSelection = 'everything' | { auditIds: readonly string[] }

/**
 * What an export writes, read in one transaction so it is consistent: the audits and every row
 * keyed by them, the evidence metadata, and a reader for each stored byte stream (the bytes are
 * read one file at a time, while the archive is written). Deleted audits and evidence are left
 * out. Everything also carries the settings and the imported content packs.
 */
export async function snapshotForExport(
  db: WorkbookDatabase,
  selection: ExportSelection,
): Promise<ArchiveSnapshot> {
  return db.transaction('r', db.tables, async () => {
    const everything = selection === 'everything'
    const chosen = everything
      ? await db.audits.toArray()
      : (await db.audits.bulkGet([...selection.auditIds])).filter((a) => a !== undefined)
    const audits = chosen.filter(isLive)
    const ids = audits.map((a) => a.id)
    const [auditContents, answers, preparationAnswers, findingEdits, allEvidence, narratives] =
      await Promise.all([
        db.auditContents.bulkGet(ids),
        db.answers.where('auditId').anyOf(ids).toArray(),
        db.preparationAnswers.where('auditId').anyOf(ids).toArray(),
        db.findingEdits.where('auditId').anyOf(ids).toArray(),
        db.evidence.where('auditId').anyOf(ids).toArray(),
        db.narratives.where('auditId').anyOf(ids).toArray(),
      ])
    const evidence = allEvidence.filter(isLive)
    // Every role of every item, looked up by key (the blob table has no other index).
    const keys = evidence.flatMap((item) =>
      EVIDENCE_BLOB_ROLES.map((role): [string, EvidenceBlobRole] => [item.id, role]),
    )
    const blobs = (await db.evidenceBlobs.bulkGet(keys)).filter((row) => row !== undefined)

    const data: ArchiveData = {
      audits,
      auditContents: auditContents.filter((c) => c !== undefined),
      answers,
      preparationAnswers,
      findingEdits,
      narratives,
      evidence,
      evidenceFiles: blobs.map(({ blob: _bytes, ...meta }) => meta),
      settings: everything
        ? (await db.settings.toArray()).map(({ key, value }): ArchivedSetting => ({
            key,
            value: encodeSettingValue(value),
          }))
        : [],
      // Where a pack came from is this database's note, not part of the pack: the archive
      // carries the pack, and the database it is imported into records it came from an archive.
      // A row under the built-in id can only predate the rule that refuses one (and readers
      // refuse it): it is left behind.
      packs: everything
        ? (await db.packs.toArray())
            .filter((row) => row.id !== BUILTIN_PACK_ID)
            .map(({ source: _from, ...row }) => row)
        : [],
    }
    const files = blobs.map((row): EvidenceFileSource => ({
      evidenceId: row.evidenceId,
      role: row.role,
      size: row.blob.size,
      read: async () => new Uint8Array(await row.blob.arrayBuffer()),
    }))
    return { scope: everything ? 'everything' : 'audits', data, files }
  })
}
