import { publishSection, versionLabel, type DraftProblem, type SectionDraft } from '@core/authoring'
import type { ContentPack } from '@core/content'

/** What the Publish dialog shows before anything is written. */
export type PublishPreview =
  | { ok: true; version: string; summary: string[] }
  | { ok: false; reason: string; problems: DraftProblem[] }

/**
 * A dry run of publishing against the newest installed version of the draft's pack (the one the
 * repository will publish after), so the dialog shows the version and summary it will record.
 */
export function previewPublish(
  draft: SectionDraft,
  newestPacks: readonly ContentPack[],
  now: number,
): PublishPreview {
  const previous = newestPacks.find((pack) => pack.id === draft.packId)
  const result = publishSection(draft, previous, now)
  if (!result.ok) return result
  const { pack, summary } = result.published
  return { ok: true, version: versionLabel(pack.version), summary }
}
