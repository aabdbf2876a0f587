import { idFromTitle, type SectionDraft, type TakenIds } from '../authoring'
import type { ContentPack } from '../content'

/**
 * A workbook's pack as section drafts to review before publishing (PRODUCT.md §14). When the
 * workbook's pack is installed (and is not the built-in one, which stays read-only), each section
 * is a draft of that pack's next version: a section with an installed section's id edits it, any
 * other is added under an id no other pack uses. Otherwise the sections become a new pack, under
 * the workbook's ids where they are free and fresh ones where they are not, so nothing installed
 * or drafted is ever overwritten.
 */

export interface WorkbookDraftsContext {
  /** The newest installed version of the workbook's pack id, unless that id is the built-in's. */
  installed?: ContentPack
  taken: TakenIds
  /** The drafts already open: a section has one draft at a time. */
  openDrafts: readonly SectionDraft[]
}

export type WorkbookDrafts =
  { ok: true; drafts: SectionDraft[]; baseVersion?: string } | { ok: false; message: string }

/** `id` when it is free, else an id made from it that is. */
function freeId(id: string, taken: ReadonlySet<string>, fallback: string): string {
  return taken.has(id) ? idFromTitle(id, taken, fallback) : id
}

export function draftsFromWorkbook(
  pack: ContentPack,
  context: WorkbookDraftsContext,
): WorkbookDrafts {
  const { installed, taken, openDrafts } = context
  const ownSections = new Set(installed?.sections.map((s) => s.id) ?? [])
  const busy = installed
    ? pack.sections.filter((s) =>
        openDrafts.some((d) => d.packId === installed.id && d.section.id === s.id),
      )
    : []
  if (busy.length > 0)
    return {
      ok: false,
      message: `${busy.map((s) => `“${s.title}”`).join(', ')} already ${busy.length === 1 ? 'has a draft' : 'have drafts'} open in the Library. Publish or discard ${busy.length === 1 ? 'it' : 'them'}, then import the workbook again. Nothing was created.`,
    }
  const packId = installed?.id ?? freeId(pack.id, taken.packIds, 'workbook')
  const usedSections = new Set(taken.sectionIds)
  const drafts = pack.sections.map((section): SectionDraft => {
    const id = ownSections.has(section.id)
      ? section.id
      : freeId(section.id, usedSections, 'section')
    usedSections.add(id)
    return {
      packId,
      section: { ...section, id },
      achievementThreshold: pack.achievementThreshold,
      removedOutcomes: {},
    }
  })
  return installed ? { ok: true, drafts, baseVersion: installed.version } : { ok: true, drafts }
}
