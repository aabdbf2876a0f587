import {
  CONTENT_PACK_FORMAT,
  CONTENT_PACK_FORMAT_VERSION,
  contentPackSchema,
} from '../content/schema'
import type { ContentPack, Section } from '../content/schema'
import { idFromTitle } from './ids'

/**
 * What the section editor edits (PRODUCT.md §14): one section as it is being written, which may
 * not validate yet (empty fields, a question whose outcome was removed), and the threshold of the
 * pack it is published in. It is saved as it is; only publishing asks it to validate.
 */
export interface SectionDraft {
  /** The pack the section is published in, one section per pack; fixed when the draft is made. */
  packId: string
  /** `Section`-shaped, with no promise that it passes `sectionSchema`. */
  section: Section
  /** When an outcome counts as achieved (PRODUCT.md §6); the pack's, so every section shares it. */
  achievementThreshold: number
  /**
   * The names of outcomes taken off the ladder, by id, so a question still pointing at one can be
   * told about it by name ("evidences 'Runbooked', which is no longer on the ladder").
   */
  removedOutcomes: Record<string, string>
}

/** The ids already used in the library, which a new or duplicated section must not take. */
export interface TakenIds {
  sectionIds: ReadonlySet<string>
  packIds: ReadonlySet<string>
}

/** The pack schema's own default, so the editor and a pack file agree on it. */
export const DEFAULT_ACHIEVEMENT_THRESHOLD: number =
  contentPackSchema.shape.achievementThreshold.parse(undefined)

/** Every section and pack id in use by the installed packs and the drafts not yet published. */
export function takenIdsIn(
  packs: readonly ContentPack[],
  drafts: readonly SectionDraft[] = [],
): TakenIds {
  return {
    sectionIds: new Set([
      ...packs.flatMap((pack) => pack.sections.map((section) => section.id)),
      ...drafts.map((draft) => draft.section.id),
    ]),
    packIds: new Set([...packs.map((pack) => pack.id), ...drafts.map((draft) => draft.packId)]),
  }
}

function packIdFor(sectionId: string, taken: TakenIds): string {
  return idFromTitle(`custom ${sectionId}`, taken.packIds, 'custom-section')
}

/** A blank section: the consultant fills in every field, the ladder and the checks. */
export function newSectionDraft(
  taken: TakenIds,
  { title = '', number = 1 }: { title?: string; number?: number } = {},
): SectionDraft {
  const id = idFromTitle(title, taken.sectionIds, 'section')
  return {
    packId: packIdFor(id, taken),
    section: {
      id,
      number,
      category: '',
      title,
      summary: '',
      goal: { headline: '', text: '' },
      outcomes: [],
      preparation: [],
      checks: [],
    },
    achievementThreshold: DEFAULT_ACHIEVEMENT_THRESHOLD,
    removedOutcomes: {},
  }
}

function copyOf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** The items with any repeated id given a fresh one, so each can be edited on its own. */
function withUniqueIds<T extends { id: string }>(
  items: readonly T[],
  fallback: string,
  used = new Set<string>(),
): T[] {
  return items.map((item) => {
    const id = used.has(item.id) ? idFromTitle(item.id, used, fallback) : item.id
    used.add(id)
    return id === item.id ? item : { ...item, id }
  })
}

/**
 * "Duplicate as a custom section": a copy of any section (the built-in one included) to edit as
 * the consultant's own, under a new section id and in a new pack. Ids inside a section are scoped
 * to it, so they are kept, except where the source repeats one.
 */
export function duplicateAsCustom(
  source: Section,
  taken: TakenIds,
  achievementThreshold = DEFAULT_ACHIEVEMENT_THRESHOLD,
): SectionDraft {
  const copy = copyOf(source)
  // Question ids are unique across the whole section, not per check.
  const questionIds = new Set<string>()
  const id = idFromTitle(source.id, taken.sectionIds, 'section')
  return {
    packId: packIdFor(id, taken),
    section: {
      ...copy,
      id,
      outcomes: withUniqueIds(copy.outcomes, 'outcome'),
      preparation: withUniqueIds(copy.preparation, 'item'),
      checks: withUniqueIds(copy.checks, 'check').map((check) => ({
        ...check,
        questions: withUniqueIds(check.questions, 'question', questionIds),
      })),
    },
    achievementThreshold,
    removedOutcomes: {},
  }
}

/** A draft of a section of a published pack, to edit into its next version. */
export function draftFromPack(pack: ContentPack, sectionId: string): SectionDraft | undefined {
  const section = pack.sections.find((s) => s.id === sectionId)
  if (!section) return undefined
  return {
    packId: pack.id,
    section: copyOf(section),
    achievementThreshold: pack.achievementThreshold,
    removedOutcomes: {},
  }
}

/**
 * The pack a draft would be published as, beside the other sections of `previous` if it has any.
 * Not validated: the caller runs it through the pack's own schema.
 */
export function packOfDraft(
  draft: SectionDraft,
  version: string,
  previous?: ContentPack,
): ContentPack {
  const others = previous?.sections ?? []
  const at = others.findIndex((s) => s.id === draft.section.id)
  const sections =
    at === -1 ? [...others, draft.section] : others.map((s, i) => (i === at ? draft.section : s))
  return {
    format: CONTENT_PACK_FORMAT,
    formatVersion: CONTENT_PACK_FORMAT_VERSION,
    id: draft.packId,
    version,
    title: previous?.title ?? (draft.section.title.trim() || 'Custom section'),
    ...(previous?.publisher === undefined ? {} : { publisher: previous.publisher }),
    ...(previous?.description === undefined ? {} : { description: previous.description }),
    achievementThreshold: draft.achievementThreshold,
    sections,
  }
}
