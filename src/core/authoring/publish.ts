import { countSection } from '../content/lookup'
import type { ContentPack, Section } from '../content/schema'
import { parseContentPack } from '../content/validate-pack'
import { plural } from '../text/plural'
import { describeSectionChanges } from './describe-changes'
import { draftProblems } from './draft-problems'
import type { DraftProblem } from './draft-problems'
import { diffSection } from './section-changes'
import type { SectionChanges } from './section-changes'
import { packOfDraft } from './section-draft'
import type { SectionDraft } from './section-draft'
import { nextVersion, versionLabel } from './versions'

/**
 * Publishing a draft (PRODUCT.md §14): the pack's next version, checked by the same door every
 * pack comes through and frozen, with what changed since the version before.
 */

export interface PublishedVersion {
  /** Immutable: audits started with it keep it as it is. */
  pack: ContentPack
  publishedAt: number
  /** Since the previous version; absent for the first. */
  changes?: PackChanges
  /** The change summary as sentences; for a first version, what it holds. */
  summary: string[]
}

export interface PackChanges {
  section: SectionChanges
  threshold?: { from: number; to: number }
}

export type PublishResult =
  | { ok: true; published: PublishedVersion }
  | { ok: false; reason: string; problems: DraftProblem[] }

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`

export function describePackChanges(changes: PackChanges): string[] {
  const threshold = changes.threshold
  return [
    ...describeSectionChanges(changes.section),
    ...(threshold
      ? [`achievement threshold ${percent(threshold.from)} → ${percent(threshold.to)}`]
      : []),
  ]
}

/** What changed in `sectionId` and the threshold between two versions of a pack. */
export function diffPackSection(
  before: ContentPack,
  after: ContentPack,
  sectionId: string,
): PackChanges | undefined {
  const old = before.sections.find((s) => s.id === sectionId)
  const next = after.sections.find((s) => s.id === sectionId)
  if (!old || !next) return undefined
  return {
    section: diffSection(old, next),
    ...(before.achievementThreshold === after.achievementThreshold
      ? {}
      : { threshold: { from: before.achievementThreshold, to: after.achievementThreshold } }),
  }
}

function describeFirstVersion(section: Section): string[] {
  const counts = countSection(section)
  return [
    `first version: ${plural(counts.outcomes, 'outcome')}, ${plural(counts.checks, 'check')}, ${plural(counts.questions, 'question')}`,
  ]
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

/**
 * The next version of the draft's pack: `previous` (the newest published version, if any) with
 * the draft's section in its place. Refused, with the problems, while the draft does not
 * validate, and when nothing changed since `previous`.
 */
export function publishSection(
  draft: SectionDraft,
  previous: ContentPack | undefined,
  now: number,
): PublishResult {
  if (previous && previous.id !== draft.packId)
    return refuse(`This section belongs to the pack "${draft.packId}", not "${previous.id}".`)
  const problems = draftProblems(draft)
  if (problems.length > 0)
    return refuse(`Fix ${plural(problems.length, 'problem')} before publishing.`, problems)

  const parsed = parseContentPack(packOfDraft(draft, nextVersion(previous?.version), previous))
  // draftProblems runs the same rules, so this holds; a failure here is a bug, said plainly.
  if (!parsed.ok) return refuse(`The section does not validate: ${parsed.errors[0]?.message ?? ''}`)
  const pack = deepFreeze(parsed.pack)

  const changes = previous && diffPackSection(previous, pack, draft.section.id)
  if (previous && changes && describePackChanges(changes).length === 0)
    return refuse(`Nothing has changed since ${versionLabel(previous.version)}.`)
  return {
    ok: true,
    published: {
      pack,
      publishedAt: now,
      ...(changes ? { changes } : {}),
      summary: changes ? describePackChanges(changes) : describeFirstVersion(draft.section),
    },
  }
}

function refuse(reason: string, problems: DraftProblem[] = []): PublishResult {
  return { ok: false, reason, problems }
}
