import { takenIdsIn, type TakenIds } from '@core/authoring'
import { builtinPack } from '@core/content'
import type { SectionDraftRow, WorkbookDatabase } from '../database'

/** Every open section draft, the most recently edited first. */
export async function sectionDraftRows(db: WorkbookDatabase): Promise<SectionDraftRow[]> {
  return db.sectionDrafts.orderBy('updatedAt').reverse().toArray()
}

export async function sectionDraftRow(
  db: WorkbookDatabase,
  id: string,
): Promise<SectionDraftRow | undefined> {
  return db.sectionDrafts.get(id)
}

/** The section and pack ids a new draft must not take: every installed pack's and every draft's. */
export async function takenIds(db: WorkbookDatabase): Promise<TakenIds> {
  return db.transaction('r', db.packs, db.sectionDrafts, async () => {
    const packs = (await db.packs.toArray()).map((row) => row.pack)
    const drafts = (await db.sectionDrafts.toArray()).map((row) => row.draft)
    return takenIdsIn([builtinPack, ...packs], drafts)
  })
}
