import { takenIdsIn } from '@core/authoring'
import { BUILTIN_PACK_ID, builtinPack, newestVersionOf, type ContentPack } from '@core/content'
import { draftsFromWorkbook } from '@core/sheets'
import type { SectionDraftRow, WorkbookDatabase } from '../database'
import { systemClock, type Clock } from './clock'
import { createSectionDrafts } from './section-drafts'

export type WorkbookImport = { ok: true; rows: SectionDraftRow[] } | { ok: false; message: string }

/**
 * A workbook's validated pack opened as section drafts for review, in one transaction with the
 * reads that decide their ids: the next version of the workbook's pack when it is installed
 * (never the built-in one), otherwise a new pack under ids nothing installed or drafted uses.
 * Nothing is installed: the consultant publishes each draft.
 */
export async function importWorkbookDrafts(
  db: WorkbookDatabase,
  pack: ContentPack,
  clock: Clock = systemClock,
): Promise<WorkbookImport> {
  return db.transaction('rw', db.packs, db.sectionDrafts, async () => {
    const installedPacks = (await db.packs.toArray()).map((row) => row.pack)
    const openDrafts = (await db.sectionDrafts.toArray()).map((row) => row.draft)
    const installed =
      pack.id === BUILTIN_PACK_ID ? undefined : newestVersionOf(installedPacks, pack.id)
    const result = draftsFromWorkbook(pack, {
      ...(installed ? { installed } : {}),
      taken: takenIdsIn([builtinPack, ...installedPacks], openDrafts),
      openDrafts,
    })
    if (!result.ok) return result
    const { drafts, baseVersion } = result
    const rows = await createSectionDrafts(db, drafts, {
      clock,
      ...(baseVersion === undefined ? {} : { baseVersion }),
    })
    return { ok: true, rows }
  })
}
