import { useLocation } from 'wouter'
import { duplicateAsCustom, newSectionDraft } from '@core/authoring'
import type { ContentPack, Section } from '@core/content'
import { showError } from '../../components/toast-store'
import { useDatabase } from '../../db/DatabaseContext'
import { takenIds } from '../../db/queries/section-drafts'
import { createSectionDrafts, draftForEditing } from '../../db/repositories/section-drafts'

/** The Library's ways into the editor: each saves a draft, then opens it. */
export function useOpenDraft() {
  const db = useDatabase()
  const [, navigate] = useLocation()

  async function open(make: () => Promise<{ id: string }>) {
    try {
      const row = await make()
      navigate(`/library/drafts/${row.id}`)
    } catch (error) {
      showError(error)
    }
  }

  return {
    newSection: () =>
      open(async () => {
        const [row] = await createSectionDrafts(db, [newSectionDraft(await takenIds(db))])
        return row!
      }),
    duplicate: (section: Section, pack: ContentPack) =>
      open(async () => {
        const draft = duplicateAsCustom(section, await takenIds(db), pack.achievementThreshold)
        const [row] = await createSectionDrafts(db, [draft])
        return row!
      }),
    edit: (section: Section, pack: ContentPack) =>
      open(() => draftForEditing(db, pack.id, section.id)),
  }
}
