import { builtinPack } from '../../content/builtin'
import type { ContentPack } from '../../content/schema'
import type { DraftEdit } from '../edit-types'
import { editDraft } from '../edits'
import { publishSection } from '../publish'
import { draftFromPack, duplicateAsCustom, takenIdsIn } from '../section-draft'

/** A custom copy of Section 35, as the editor makes one: its pack holds that one section. */
export const customSection35 = duplicateAsCustom(
  builtinPack.sections[0]!,
  takenIdsIn([builtinPack]),
)

/**
 * The versions the section editor publishes of `customSection35`: version 1 as it is, then one
 * more version for each list of edits, each made on the version before.
 */
export function publishedVersions(...editsOfEachNext: DraftEdit[][]): ContentPack[] {
  const sectionId = customSection35.section.id
  const versions: ContentPack[] = []
  for (const edits of [[], ...editsOfEachNext]) {
    const previous = versions.at(-1)
    const start = previous ? draftFromPack(previous, sectionId)! : customSection35
    const result = publishSection(edits.reduce(editDraft, start), previous, 0)
    if (!result.ok) throw new Error(result.reason)
    versions.push(result.published.pack)
  }
  return versions
}
