import {
  draftFromPack,
  publishSection,
  type PublishResult,
  type SectionDraft,
} from '@core/authoring'
import { builtinPack, newestVersionOf, newestVersions, whyNotInstallable } from '@core/content'
import { UserFacingError } from '@shared/errors'
import type { SectionDraftRow, WorkbookDatabase } from '../database'
import { systemClock, type Clock } from './clock'

/**
 * The section editor's writes (PRODUCT.md §14): drafts are saved as they are, valid or not;
 * publishing turns one into an installed, immutable pack version and retires the draft.
 */

const GONE = 'This draft is no longer here: it was published or discarded.'

/** Saves new drafts (a new section, a duplicate, a workbook's sections); returns their rows. */
export async function createSectionDrafts(
  db: WorkbookDatabase,
  drafts: readonly SectionDraft[],
  { baseVersion, clock = systemClock }: { baseVersion?: string; clock?: Clock } = {},
): Promise<SectionDraftRow[]> {
  const now = clock.now()
  const rows = drafts.map((draft): SectionDraftRow => ({
    id: clock.newId(),
    draft,
    ...(baseVersion === undefined ? {} : { baseVersion }),
    createdAt: now,
    updatedAt: now,
  }))
  await db.sectionDrafts.bulkAdd(rows)
  return rows
}

/** Saves the draft as it now stands; refused once it was published or discarded. */
export async function saveSectionDraft(
  db: WorkbookDatabase,
  id: string,
  draft: SectionDraft,
  clock: Clock = systemClock,
): Promise<void> {
  const updated = await db.sectionDrafts.update(id, { draft, updatedAt: clock.now() })
  if (updated === 0) throw new UserFacingError(GONE)
}

export async function discardSectionDraft(db: WorkbookDatabase, id: string): Promise<void> {
  await db.sectionDrafts.delete(id)
}

/**
 * "Edit" on a published custom section: its open draft if there is one (a section has one draft at
 * a time), otherwise a new draft of its newest version.
 */
export async function draftForEditing(
  db: WorkbookDatabase,
  packId: string,
  sectionId: string,
  clock: Clock = systemClock,
): Promise<SectionDraftRow> {
  return db.transaction('rw', db.sectionDrafts, db.packs, async () => {
    const open = (await db.sectionDrafts.toArray()).find(
      (row) => row.draft.packId === packId && row.draft.section.id === sectionId,
    )
    if (open) return open
    const [newest] = newestVersions(
      (
        await db.packs.where('[id+version]').between([packId, ''], [packId, '\uffff']).toArray()
      ).map((row) => row.pack),
    )
    const draft = newest && draftFromPack(newest, sectionId)
    if (!newest || !draft) throw new UserFacingError('That section is no longer installed.')
    const [row] = await createSectionDrafts(db, [draft], { baseVersion: newest.version, clock })
    return row!
  })
}

/**
 * Publishes the draft as the next version of its pack and removes the draft, in one transaction:
 * either the version is installed and the draft gone, or nothing changed.
 */
export async function publishSectionDraft(
  db: WorkbookDatabase,
  id: string,
  clock: Clock = systemClock,
): Promise<PublishResult> {
  return db.transaction('rw', db.sectionDrafts, db.packs, async () => {
    const row = await db.sectionDrafts.get(id)
    if (!row) throw new UserFacingError(GONE)
    const installed = (await db.packs.toArray()).map((r) => r.pack)
    const previous = newestVersionOf(installed, row.draft.packId)
    const result = publishSection(row.draft, previous, clock.now())
    if (!result.ok) return result
    const { pack, summary, publishedAt } = result.published
    const why = whyNotInstallable(pack, [builtinPack, ...installed])
    if (why) return { ok: false, reason: why, problems: [] }
    await db.packs.add({
      id: pack.id,
      version: pack.version,
      installedAt: publishedAt,
      pack,
      source: 'editor',
      summary,
    })
    await db.sectionDrafts.delete(id)
    return result
  })
}
